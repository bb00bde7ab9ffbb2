using System.Text;
using Turnover.Ingest.Rates;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.InputSafety;

/// <summary>
/// A number too large to hold ("1e308", "1e309", thirty digits) is a number: every reader names it out of range with
/// the limit of what the cell holds (a trade value, a quantity, a growth rate, a whole number, a rate), never "not a
/// number", and refuses the file. Each case is a real file with one cell changed.
/// </summary>
public sealed class OutOfRangeNumberTests
{
    private const string Thirty = "1,000,000,000,000,000,000,000,000,000,000";

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // Growth rates were "not a number (growth in percent)", or held to the USD ceiling.
        {
            "gacc/china_russia_to_2022.csv", ",88.8,1.1,", ",88.8,1e308,", "gacc",
            "china_russia_to_2022.csv:3: column 'yoy_pct': growth rate '1e308' is above 999,999.999%, the largest rate the store holds (a digit slip?)"
        },
        {
            "gacc/country_table_2023_11.csv", ",26.7,", ",1e308,", "gacc",
            "country_table_2023_11.csv:6: column 'Percentage change Total': growth rate '1e308' is above 999,999.999%, the largest rate the store holds (a digit slip?)"
        },
        {
            "data:mirror/russia_side_china_trade.csv", ",59.34,50.3,", ",59.34,1e308,", "fcs",
            "russia_side_china_trade.csv:2: column 'yoy_pct': growth rate '1e308' is above 999,999.999%, the largest rate the store holds (a digit slip?)"
        },

        // Values written with the file's thousands separators were "not a number" once beyond a decimal.
        {
            "gacc/country_table_2023_11.csv", "\"21,500,000\"", $"\"{Thirty}\"", "gacc",
            $"country_table_2023_11.csv:6: column 'Total 11': value '{Thirty}' is too large: above the ceiling of 10^15 USD (40 years of world trade)"
        },
        {
            "data:national/us_census_usa_china_monthly.csv", ";-7,240.0", $";-{Thirty}.0", "census",
            $"us_census_usa_china_monthly.csv:2: column 'Balance': balance '-{Thirty}.0' is out of range: beyond the ceiling of 10^15 USD (40 years of world trade) either way"
        },

        // Beyond double's range too (double.TryParse gives Infinity): "not a number".
        {
            "data:national/kosis_korea_china_monthly.csv", ",1239083,", ",1e309,", "kosis",
            "kosis_korea_china_monthly.csv:2: column 'Exports': value '1e309' is too large: above the ceiling of 10^15 USD (40 years of world trade)"
        },

        // Whole numbers (years) were "not a number".
        {
            "comtrade/TradeData.csv", "\"20140101\",\"2014\",\"52\"", "\"20140101\",\"1e308\",\"52\"", "comtrade",
            "TradeData.csv:2: column 'refYear': value '1e308' is out of range: above 2,147,483,647, the largest this column holds"
        },
        {
            "baci/BACI_HS92_Y2021_V202301.csv", "2021,4,24,382390,", "1e308,4,24,382390,", "baci",
            "BACI_HS92_Y2021_V202301.csv:2: column 't': year '1e308' is out of range: above 2,200, the largest this column holds"
        },

        // Quantities were held to the USD ceiling.
        {
            "comtrade/TradeData.csv", "\"false\",\"74\",\"true\"", "\"false\",\"1e308\",\"true\"", "comtrade",
            "TradeData.csv:3: column 'netWgt': value '1e308' is out of range: above 79,228,162,514,264,337,593,543,950,335, the largest number Turnover holds"
        },
        {
            "baci/BACI_HS92_Y2021_V202301.csv", ",52.051,       13.235", ",52.051,1e308", "baci",
            "BACI_HS92_Y2021_V202301.csv:2: column 'q': quantity '1e308' is out of range: above 79,228,162,514,264,337,593,543,950 tonnes, the most Turnover holds once in kilograms"
        },
        {
            "data:products/crea_china_customs_fossil_imports_from_russia_monthly_1995-2023-02.csv", ",3743701,", ",1e308,", "wind",
            "crea_china_customs_fossil_imports_from_russia_monthly_1995-2023-02.csv:9: column '13': series 'Volume of Imports: Crude Oil: Russian Federation': value '1e308' is out of range: above 79,228,162,514,264,337,593,543,950,335, the largest number Turnover holds"
        },

        // FishStat's plain-number rule hid it: "not a plain non-negative number".
        {
            "fao/fao_china_seafood_imports_by_partner_value_2019_excerpt.csv", ",6.03", ",1e308", "fao",
            "fao_china_seafood_imports_by_partner_value_2019_excerpt.csv:2: column 'Value': value '1e308' is too large: above the ceiling of 10^15 USD (40 years of world trade)"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void When_a_cell_holds_a_number_beyond_its_range_then_the_file_is_refused_naming_the_limit(string source, string from, string to, string format, string error)
    {
        using var file = Changed(source, from, to);

        var context = Read(file.Path, format);

        // Records handed on before the error are not stored: any error rejects the file whole.
        Assert.True(context.HasErrors);
        Assert.Equal(error, context.Errors[0].ToString());
    }

    // FishStat reads an amount from at most 24 characters: a quantity of 25 or 26 digits (below the largest decimal)
    // was "not a plain non-negative number", as was a long fraction, written as the rule asks.
    [Theory]
    [InlineData("value", "6.03", "1234567890123456789012345",
        "value '1234567890123456789012345' stands for 1,234,567,890,123,456,789,012,345,000 USD, above the ceiling of 10^15 USD (40 years of world trade; a unit or digit slip?)")]
    [InlineData("value", "6.03", "1e99999999999999", "value '1e99999999999999' is too large: above the ceiling of 10^15 USD (40 years of world trade)")]
    [InlineData("quantity", "0.29", "1234567890123456789012345",
        "quantity '1234567890123456789012345' is out of range: above 999,999,999,999,999,999,999,999 tonnes, the most a FishStat amount (at most 24 characters) holds")]
    [InlineData("quantity", "0.29", "12345678901234567890123456.5",
        "quantity '12345678901234567890123456.5' is out of range: above 999,999,999,999,999,999,999,999 tonnes, the most a FishStat amount (at most 24 characters) holds")]
    [InlineData("quantity", "0.29", "1e25", "quantity '1e25' is out of range: above 999,999,999,999,999,999,999,999 tonnes, the most a FishStat amount (at most 24 characters) holds")]
    [InlineData("quantity", "0.29", "1e99999999999999",
        "quantity '1e99999999999999' is out of range: above 999,999,999,999,999,999,999,999 tonnes, the most a FishStat amount (at most 24 characters) holds")]
    [InlineData("quantity", "0.29", "0.0000000000000000000000029",
        "quantity '0.0000000000000000000000029' has 27 characters, more than the 24 an amount is read with (FishStat writes a few decimals; a digit slip?)")]
    public void When_a_fishstat_amount_is_beyond_what_is_read_then_it_is_out_of_range_naming_the_limit(string measure, string from, string to, string message)
    {
        var name = $"fao_china_seafood_imports_by_partner_{measure}_2019_excerpt.csv";
        using var file = Changed($"fao/{name}", $",{from}\r\n", $",{to}\r\n");
        var values = RepoPaths.Fixture("fao", "fao_china_seafood_imports_by_partner_value_2019_excerpt.csv");

        var context = measure == "value" ? Read(file.Path, "fao") : Read(values, "fao", new IngestOptions { QuantitiesPath = file.Path });

        Assert.True(context.HasErrors);
        Assert.Equal(new IngestError(name, 2, measure == "value" ? "Value" : "Quantity", message), Assert.Single(context.Errors));
    }

    [Fact]
    public void When_a_mapped_value_with_thousands_separators_is_beyond_a_decimal_then_it_is_too_large()
    {
        using var file = Changed("data:national/us_census_usa_china_monthly.csv", ";1,187.5;", $";{Thirty}.5;");

        var context = Read(file.Path, "mapped", new IngestOptions { MappingPath = RepoPaths.Fixture("mapped", "census_usa_china.json") });

        Assert.True(context.HasErrors);
        Assert.Equal(
            $"us_census_usa_china_monthly.csv:2: column 'Exports': value '{Thirty}.5' is too large: above the ceiling of 10^15 USD (40 years of world trade)",
            context.Errors[0].ToString());
    }

    [Fact]
    public void When_a_dots_value_times_its_unit_multiplier_is_beyond_a_decimal_then_the_ceiling_is_named()
    {
        using var file = Changed(
            "imf/CompactData_DOT_A.US.TXG_FOB_USD.W00+B0.json",
            "\"@COUNTERPART_AREA\":\"W00\",\"@UNIT_MULT\":\"6\",\"@TIME_FORMAT\":\"P1Y\",\"Obs\":[{\"@TIME_PERIOD\":\"2020\",\"@OBS_VALUE\":\"1429995.404019\"}",
            "\"@COUNTERPART_AREA\":\"W00\",\"@UNIT_MULT\":\"15\",\"@TIME_FORMAT\":\"P1Y\",\"Obs\":[{\"@TIME_PERIOD\":\"2020\",\"@OBS_VALUE\":\"100000000000000\"}");

        var context = Read(file.Path, "imf");

        Assert.True(context.HasErrors);
        Assert.Equal(
            "CompactData_DOT_A.US.TXG_FOB_USD.W00+B0.json:1: column '@OBS_VALUE': observation 5: @OBS_VALUE '100000000000000' × 10^15 is too large: above the ceiling of 10^15 USD (40 years of world trade)",
            context.Errors[0].ToString());
    }

    [Fact]
    public void When_an_exchange_rate_is_beyond_a_decimal_then_the_cell_is_left_out_naming_the_limit()
    {
        using var file = Changed("data:fx/imf_exchange_rates_daily.csv", "02-Jan-2001;8.2779;", "02-Jan-2001;1e308;");

        var result = ImfExchangeRateReader.Load(file.Path);

        Assert.Equal(
            new IngestError("imf_exchange_rates_daily.csv", 2, "CNY", "rate '1e308' is out of range: above 2,555,747,177,879,494,761,082,062,914, the largest daily rate a month's average is taken of; this cell is not used"),
            Assert.Single(result.Warnings));
    }

    private static ReadContext Read(string path, string format, IngestOptions? options = null)
    {
        var context = new ReadContext(path, options ?? new IngestOptions());
        _ = TradeReaders.ReadSafely(TradeReaders.ByFormat(format)!, context).ToList();
        return context;
    }

    // "data:…" is under data/, anything else under test/fixtures/; Latin-1 both ways keeps every other byte as it was
    // (the bytes are decoded as Latin-1 whatever a byte-order mark says: File.ReadAllText would read a BOM'd file as
    // UTF-8 and write its other characters as '?').
    private static TempFile Changed(string source, string from, string to)
    {
        var path = source.StartsWith("data:", StringComparison.Ordinal)
            ? RepoPaths.Data([.. source["data:".Length..].Split('/')])
            : RepoPaths.Fixture([.. source.Split('/')]);
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in {source}");
        return TempFile.WithBytes(Path.GetFileName(path), Encoding.Latin1.GetBytes(string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length))));
    }
}
