using System.Text;
using Turnover.Ingest.Rates;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.InputSafety;

/// <summary>
/// A value in quotes that holds a line break (the quote closed on the next line, as a spreadsheet writes a note of two
/// lines) is not allowed in these one-line-a-row layouts. Every reader names it for what it is, with the field and the
/// line the quote opens on, and refuses the file; a quote never closed keeps its own message. Each case is a real file
/// with one cell changed. Before, the Sep readers said "a quote opened in it is never closed" (false) with no field,
/// the IMF CSV named two different lines, and the Census and Wind readers, which split lines on their delimiter, read
/// a row cut short and a row of nonsense.
/// </summary>
public sealed class QuotedLineBreakReaderTests
{
    private const string NotAllowed = "a line break inside a quoted value is not allowed in this layout, where every row is one line (join the lines, or remove a stray quote)";

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        {
            "comtrade/TradeData.csv", "\"Andorra\"", "\"And\r\norra\"", "comtrade",
            $"TradeData.csv:3: column 'partnerDesc': the quoted value in field 14 opens on line 3 and holds a line break, so the row runs to line 4: {NotAllowed}"
        },
        {
            "baci/BACI_HS92_Y2021_V202301.csv", "2021,4,24,481890,0.041", "2021,4,24,\"4818\n90\",0.041", "baci",
            $"BACI_HS92_Y2021_V202301.csv:3: column 'k': the quoted value in field 4 opens on line 3 and holds a line break, so the row runs to line 4: {NotAllowed}"
        },
        {
            "imf/IMTS_USA.XG_FOB_USD.G001+G998.A.csv", "IMF.STA:IMTS(1.0.0),R,USA,XG_FOB_USD,G001,A,2024", "\"IMF.STA:IMTS(1.0.0)\n\",R,USA,XG_FOB_USD,G001,A,2024", "imf",
            $"IMTS_USA.XG_FOB_USD.G001+G998.A.csv:3: column 'STRUCTURE_ID': the quoted value in field 2 opens on line 3 and holds a line break, so the row runs to line 4: {NotAllowed}"
        },
        {
            "fao/fao_china_seafood_imports_by_partner_value_2019_excerpt.csv", "\"Crabs nei, frozen\"", "\"Crabs nei,\r\nfrozen\"", "fao",
            $"fao_china_seafood_imports_by_partner_value_2019_excerpt.csv:3: column 'Commodity (Name)': the quoted value in field 3 opens on line 3 and holds a line break, so the row runs to line 4: {NotAllowed}"
        },
        {
            "data:national/kosis_korea_china_monthly.csv", "\"2001.02\"", "\"2001\n.02\"", "kosis",
            $"kosis_korea_china_monthly.csv:3: column 'Date': the quoted value in field 2 opens on line 3 and holds a line break, so the row runs to line 4: {NotAllowed}"
        },
        {
            "data:mirror/russia_side_china_trade.csv", "(Russian customs statistics);", "(Russian customs statistics);\n", "fcs",
            $"russia_side_china_trade.csv:2: column 'attribution_confidence': the quoted value in field 8 opens on line 2 and holds a line break, so the row runs to line 3: {NotAllowed}"
        },
        {
            "data:national/us_census_usa_china_monthly.csv", "February 2001;", "\"February\n2001\";", "census",
            $"us_census_usa_china_monthly.csv:3: column 'Month': the quoted value in field 1 opens on line 3 and holds a line break, so the row runs to line 4: {NotAllowed}"
        },
        {
            "data:products/crea_china_customs_fossil_imports_from_russia_monthly_1995-2023-02.csv",
            "Value of Imports: Steam Coal: Russian Federation", "\"Value of Imports: Steam Coal:\r\nRussian Federation\"", "wind",
            $"crea_china_customs_fossil_imports_from_russia_monthly_1995-2023-02.csv:2: column '3': the quoted value in field 3 opens on line 2 and holds a line break, so the row runs to line 3: {NotAllowed}"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void When_a_quoted_value_holds_a_line_break_then_the_file_is_refused_naming_its_field_and_line(string source, string from, string to, string format, string error)
    {
        using var file = Changed(source, from, to);

        var context = Read(file.Path, format);

        // The one error, and no record stored: any error rejects the file whole.
        Assert.Equal(error, Assert.Single(context.Errors).ToString());
    }

    [Fact]
    public void When_a_mapped_value_holds_a_quoted_line_break_then_its_header_column_is_named()
    {
        using var file = Changed("data:national/kosis_korea_china_monthly.csv", "\"2001.02\"", "\"2001\n.02\"");

        var context = Read(file.Path, "mapped", new IngestOptions { MappingPath = RepoPaths.Fixture("mapped", "kosis_korea_china.json") });

        Assert.Equal(
            $"kosis_korea_china_monthly.csv:3: column 'Date': the quoted value in field 2 opens on line 3 and holds a line break, so the row runs to line 4: {NotAllowed}",
            Assert.Single(context.Errors).ToString());
    }

    [Fact]
    public void When_an_exchange_rate_row_holds_a_quoted_line_break_then_the_row_is_left_out_naming_its_field()
    {
        using var file = Changed("data:fx/imf_exchange_rates_daily.csv", "02-Jan-2001;8.2779;", "\"02-Jan\n-2001\";8.2779;");

        var result = ImfExchangeRateReader.Load(file.Path);

        Assert.Equal(
            new IngestError("imf_exchange_rates_daily.csv", 2, "Date", $"the quoted value in field 1 opens on line 2 and holds a line break, so the row runs to line 3: {NotAllowed}; row not used"),
            Assert.Single(result.Warnings));
    }

    [Theory]
    [InlineData("data:national/kosis_korea_china_monthly.csv", "\"2001.02\"", "\"2001.02", "kosis", "kosis_korea_china_monthly.csv:3: column 'Date': the row runs from line 3 over 228 lines: a quote opened in field 2 is never closed, so the lines after it were read as one field (file cut short, or a stray quote?)")]
    [InlineData("comtrade/TradeData.csv", "\"Andorra\"", "\"Andorra", "comtrade", "TradeData.csv:3: column 'partnerDesc': the row runs from line 3 over 430 lines: a quote opened in field 14 is never closed, so the lines after it were read as one field (file cut short, or a stray quote?)")]
    public void When_a_quote_is_never_closed_then_it_is_named_never_closed(string source, string from, string to, string format, string error)
    {
        using var file = Changed(source, from, to);

        var context = Read(file.Path, format);

        Assert.Equal(error, context.Errors[0].ToString());
    }

    private static ReadContext Read(string path, string format, IngestOptions? options = null)
    {
        var context = new ReadContext(path, options ?? new IngestOptions());
        _ = TradeReaders.ReadSafely(TradeReaders.ByFormat(format)!, context).ToList();
        return context;
    }

    // "data:…" is under data/, anything else under test/fixtures/; Latin-1 both ways keeps every other byte as it was.
    private static TempFile Changed(string source, string from, string to)
    {
        var path = source.StartsWith("data:", StringComparison.Ordinal)
            ? RepoPaths.Data([.. source["data:".Length..].Split('/')])
            : RepoPaths.Fixture([.. source.Split('/')]);
        var bytes = File.ReadAllBytes(path);
        var text = Encoding.Latin1.GetString(bytes);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in {source}");
        return TempFile.WithBytes(Path.GetFileName(path), Encoding.Latin1.GetBytes(string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length))));
    }
}
