using Turnover.Ingest.Mapped;
using Turnover.Testing;
using static Turnover.Ingest.Tests.Mapped.MappedCsvReaderTests;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Mapped;

/// <summary>Issue 7: the mapped reader accepted an extra field and stored a shifted value; copies of the real KOSIS and Census files.</summary>
public class MappedDefectTests
{
    private static readonly string s_census = RepoPaths.Data("national", "us_census_usa_china_monthly.csv");
    private static readonly string s_kosis = RepoPaths.Data("national", "kosis_korea_china_monthly.csv");
    private readonly MappedCsvReader _reader = new();

    [Theory]
    [InlineData("\"China, peoples' republic of\",\"2001.06\",1647397,1114,709", "", "row has 5 fields, expected 4 as in the header (an unquoted delimiter inside a value, such as a decimal comma or a thousands separator?)")]
    [InlineData("\"China, peoples' republic of\",\"2001.06\",1647397,NaN", "Imports", "value 'NaN' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)")]
    [InlineData("\"China, peoples' republic of\",\"2001.06\",1647397,1e308", "Imports", "value '1e308' is too large: above the ceiling of 10^15 USD (40 years of world trade)")]
    [InlineData("\"China, peoples' republic of\",\"2001.06\",1647397,-5", "Imports", "value '-5' is negative; trade values cannot be negative")]
    [InlineData("\"China, peoples' republic of\",\"2001.06\",1647397,\"1114709", "Imports", "the row runs from line 7 over 224 lines: a quote opened in field 4 is never closed, so the lines after it were read as one field (file cut short, or a stray quote?)")]
    public void When_a_kosis_line_is_damaged_then_the_mapped_reader_refuses_the_file(string replacement, string column, string message)
    {
        using var file = WithLine(s_kosis, "kosis.csv", 7, replacement);

        var (_, context) = ReadAll(_reader, file.Path, Mapping("kosis_korea_china.json"));

        var error = Assert.Single(context.Errors);
        Assert.Equal((7L, column, message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_a_kosis_file_is_cut_inside_its_last_number_then_the_mapped_reader_refuses_it_as_the_kosis_reader_does()
    {
        // The real file less its last 4 bytes: "9023873\n" becomes "9023", which still parses (9.0 M instead of 9.02 bn).
        var bytes = File.ReadAllBytes(s_kosis);
        using var file = TempFile.WithBytes("trunc.csv", bytes[..^4]);

        var (_, context) = ReadAll(_reader, file.Path, Mapping("kosis_korea_china.json"));

        var error = Assert.Single(context.Errors);
        Assert.Equal(
            "trunc.csv:229: the file ends inside line 229, without a line break: the file looks cut short (its other lines end with one); download it again, or, if its publisher's files end so, set field 'finalLineBreak' to \"optional\" in mapping 'kosis_korea_china.json'",
            error.ToString());
    }

    [Fact]
    public void When_the_mapping_says_the_final_line_break_is_optional_or_the_file_has_one_line_then_a_last_line_without_one_is_read()
    {
        using var census = TempFile.WithBytes("census.csv", File.ReadAllBytes(s_census)); // ends without a line break, as Census tables do
        using var oneLine = TempFile.WithText("one.csv", "January 2001;1,187.5;8,427.5;-7,240.0");
        // census_by_position.json without its skipped header line and its optional final line break: the file has one line.
        using var mapping = TempFile.WithText("one_line.json", File.ReadAllText(RepoPaths.Fixture("mapped", "census_by_position.json"))
            .Replace("\"skipLines\": 1,", string.Empty, StringComparison.Ordinal)
            .Replace(",\n  \"finalLineBreak\": \"optional\"", string.Empty, StringComparison.Ordinal));

        var (records, context) = ReadAll(_reader, census.Path, Mapping("census_usa_china.json"));
        var (single, oneLineContext) = ReadAll(_reader, oneLine.Path, Mapping("census_by_position.json") with { MappingPath = mapping.Path });

        Assert.Empty(context.Errors);
        Assert.Equal(456, records.Count);
        Assert.DoesNotContain("finalLineBreak", File.ReadAllText(mapping.Path), StringComparison.Ordinal);
        Assert.Empty(oneLineContext.Errors);
        Assert.Equal(2, single.Count);
    }

    [Fact]
    public void When_a_row_gives_the_reporter_as_its_own_partner_then_the_mapped_reader_refuses_the_file()
    {
        // KOSIS rows name the partner in a column; line 7 made Korea's own.
        using var file = WithLine(s_kosis, "kosis.csv", 7, "\"Korea, Republic of\",\"2001.06\",1647397,1114709");

        var (records, context) = ReadAll(_reader, file.Path, Mapping("kosis_korea_china.json"));

        var error = Assert.Single(context.Errors);
        Assert.Equal(
            "kosis.csv:7: column 'Country': partner Rep. of Korea is the reporter itself (mapping 'kosis_korea_china.json', fields 'reporter' and 'partner'): trade of a country with itself is not trade between two countries",
            error.ToString());
        Assert.DoesNotContain(records, r => r.Reporter == r.Partner);
    }

    [Fact]
    public void When_a_column_named_once_by_name_and_once_by_position_holds_two_flows_then_the_mapping_is_refused()
    {
        using var mapping = TempFile.WithText("both.json", File.ReadAllText(RepoPaths.Fixture("mapped", "kosis_korea_china.json"))
            .Replace("\"Import\": \"Imports\"", "\"Import\": 3", StringComparison.Ordinal));

        var (records, context) = ReadAll(_reader, s_kosis, Mapping("kosis_korea_china.json") with { MappingPath = mapping.Path });

        Assert.Empty(records);
        Assert.Equal(
            "kosis_korea_china_monthly.csv:1: mapping 'both.json': field 'values.Import': column 'column 3' is the column of 'values.Export' too (field 3): one column cannot hold two flows",
            Assert.Single(context.Errors).ToString());
    }

    [Fact]
    public void When_thousands_separators_are_out_of_place_then_the_mapped_reader_says_so()
    {
        using var file = WithLine(s_census, "census.csv", 2, "January 2001;1,187,5;8,427.5;-7,240.0");

        var (_, context) = ReadAll(_reader, file.Path, Mapping("census_usa_china.json"));

        var error = Assert.Single(context.Errors);
        Assert.Equal((2L, "Exports"), (error.Line, error.Column));
        Assert.StartsWith("value '1,187,5' has a thousands separator ',' out of place", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_file_has_only_its_header_then_the_mapped_reader_refuses_it()
    {
        using var file = TempFile.WithText("census.csv", "Month;Exports;Imports;Balance\r\n");

        var (records, context) = ReadAll(_reader, file.Path, Mapping("census_usa_china.json"));

        Assert.Empty(records);
        Assert.Equal("the file has no data rows (empty, or a header only): nothing to store", Assert.Single(context.Errors).Message);
    }

    [Theory]
    [InlineData("9,000,000,000.0", "value '9,000,000,000.0' stands for 1,468,816,005,")]
    [InlineData("2,000,000,000,000.0", "value '2,000,000,000,000.0' is too large: above 10^18 units of any currency, far beyond the ceiling of 10^15 USD")]
    public void When_a_converted_value_is_above_the_ceiling_then_it_is_refused_after_conversion(string exports, string message)
    {
        // Real USD figures declared as CNY (test/fixtures/mapped/README.md), January 2015 exports made huge.
        var options = Mapping("census_2015_declared_cny.json") with { ExchangeRates = Turnover.Ingest.Rates.ImfExchangeRateReader.Load(RepoPaths.Data("fx", "imf_exchange_rates_daily.csv")).Table };
        using var file = WithLine(RepoPaths.Fixture("mapped", "census_2015_usd_declared_cny.csv"), "cny.csv", 2, $"January 2015;{exports};38,589.7;-29,130.5");

        var (_, context) = ReadAll(_reader, file.Path, options);

        // 9 × 10^15 CNY at January 2015's average rate (about 6.13 per USD) is 1.47 × 10^15 USD.
        var error = Assert.Single(context.Errors);
        Assert.Equal((2L, "Exports"), (error.Line, error.Column));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.EndsWith("10^15 USD", StringComparison.Ordinal) || error.Message.EndsWith("USD, above the ceiling of 10^15 USD (40 years of world trade; a unit or digit slip?)", StringComparison.Ordinal), error.Message);
    }
}
