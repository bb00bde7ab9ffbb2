using Turnover.Ingest.Comtrade;
using Turnover.Testing;
using static Turnover.Ingest.Tests.Comtrade.ComtradeFixture;

namespace Turnover.Ingest.Tests.Comtrade;

/// <summary>Defects planted in copies of the real Comtrade+ download; each must be reported at its line and column.</summary>
public class ComtradePlusCsvBadInputTests
{
    [Fact]
    public void When_file_uses_semicolons_then_error_names_the_header()
    {
        var lines = TradeDataLines().Select(l => l.Replace(',', ';')).ToArray();
        using var file = WriteTradeData(lines);

        var (records, context) = Read(file.Path);

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal(1, error.Line);
        Assert.StartsWith("header 'typeCode;freqCode;refPeriodId;", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("is separated by ';': Comtrade files use ',' (download) or a tab (bulk)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_semicolon_file_is_sampled_then_it_is_still_recognised_so_the_error_is_clear()
    {
        var sample = FileSample.FromText("x.csv", "typeCode;freqCode;refYear;reporterCode;flowCode;partnerCode;cmdCode;primaryValue\r\n");

        Assert.True(new ComtradeReader().Recognises(sample));
    }

    [Fact]
    public void When_primary_value_column_is_missing_then_error_names_it()
    {
        var lines = TradeDataLines();
        lines[0] = lines[0].Replace(",primaryValue,", ",value,", StringComparison.Ordinal);
        using var file = WriteTradeData(lines);

        var (records, context) = Read(file.Path);

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal((1L, "primaryValue"), (error.Line, error.Column));
        Assert.StartsWith("required column 'primaryValue' is missing from the header 'typeCode,freqCode,", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("primaryValue", "abc", "value 'abc' is not a number")]
    [InlineData("primaryValue", "-816074122", "value '-816074122' is negative")]
    [InlineData("primaryValue", "", "primaryValue is empty")]
    [InlineData("netWgt", "-3", "value '-3' is negative")]
    [InlineData("refYear", "3020", "year 3020 should be in range [1900-2200]")]
    [InlineData("refMonth", "13", "refMonth 13 on an annual row (freqCode A rows have refMonth 52)")]
    [InlineData("freqCode", "Q", "freqCode 'Q' is not A (annual) or M (monthly)")]
    [InlineData("period", "2015", "period '2015' disagrees with the year and month columns (2014)")]
    [InlineData("reporterCode", "9999", "unknown reporter code 9999 ('Thailand'): not in the country catalogue")]
    [InlineData("reporterCode", "TH", "value 'TH' is not a country code (expected a number such as 156)")]
    [InlineData("reporterISO", "FRA", "ISO code 'FRA' does not match reporterCode 764 (Thailand)")]
    [InlineData("partnerISO", "RUS", "ISO code 'RUS' does not match partnerCode 156 (China)")]
    [InlineData("flowCode", "Q1", "flow 'Q1' is not a Comtrade flow code (M, X, RM, RX or legacy 1-4)")]
    [InlineData("cmdCode", "85A2", "value '85A2' is not a commodity code (expected digits or TOTAL)")]
    [InlineData("cmdCode", "854231", "code '854231' has 6 digits but the stated level is 4")]
    public void When_a_value_breaks_a_rule_then_error_names_line_column_value_and_rule(string column, string value, string message)
    {
        using var file = TradeDataWith(18, column, value);

        var (records, context) = Read(file.Path);

        Assert.DoesNotContain(records, r => r.SourceLine == 18);
        var error = Assert.Single(context.Errors, e => e.Line == 18);
        Assert.Equal((column, message), (error.Column, error.Message));
    }

    [Fact]
    public void When_monthly_row_has_month_13_then_error_names_the_rule()
    {
        var lines = TradeDataLines();
        lines[17] = lines[17].Replace("\"C\",\"A\",\"20140101\",\"2014\",\"52\",\"2014\"", "\"C\",\"M\",\"20141301\",\"2014\",\"13\",\"\"", StringComparison.Ordinal);
        using var file = WriteTradeData(lines);

        var (_, context) = Read(file.Path);

        var error = Assert.Single(context.Errors, e => e.Line == 18);
        Assert.Equal(("refMonth", "month 13 should be in range [1-12] for monthly data (52 marks annual data)"), (error.Column, error.Message));
    }

    [Fact]
    public void When_last_line_is_cut_short_then_error_names_the_line_and_first_missing_column()
    {
        var text = File.ReadAllText(Path("TradeData.csv"), System.Text.Encoding.Latin1);
        var lastLine = text.TrimEnd().LastIndexOf("\r\n", StringComparison.Ordinal) + 2;
        var cut = text[..text.IndexOf(",\"TOTAL MOT\",", lastLine, StringComparison.Ordinal)];
        using var file = TempFile.WithBytes("TradeData.csv", System.Text.Encoding.Latin1.GetBytes(cut));

        var (records, context) = Read(file.Path);

        var error = Assert.Single(context.Errors, e => e.Line == 431);
        Assert.Equal(("motDesc", "row has 28 fields, expected 48 as in the first data row (line cut short, or a wrong delimiter?)"), (error.Column, error.Message));
        Assert.Equal(429, records.Count);
    }

    [Fact]
    public void When_a_row_has_extra_non_empty_fields_then_it_is_an_error()
    {
        var lines = TradeDataLines();
        lines[17] += "\"surplus\"";
        using var file = WriteTradeData(lines);

        var (_, context) = Read(file.Path);

        var error = Assert.Single(context.Errors, e => e.Line == 18);
        Assert.Equal("row has 48 fields and its last one is not empty: expected 47 fields and a trailing delimiter, as on the first data row", error.Message);
    }

    [Fact]
    public void When_one_row_has_several_defects_then_each_is_reported()
    {
        var lines = TradeDataLines();
        lines[17] = lines[17].Replace("\"816074122\",,\"816074122\"", "\"816074122\",,\"abc\"", StringComparison.Ordinal)
            .Replace("\"764\",\"THA\"", "\"764\",\"FRA\"", StringComparison.Ordinal);
        using var file = WriteTradeData(lines);

        var (_, context) = Read(file.Path);

        Assert.Equal(["reporterISO", "primaryValue"], context.Errors.Where(e => e.Line == 18).Select(e => e.Column));
    }

    [Fact]
    public void When_errors_reach_the_limit_then_reading_stops()
    {
        var lines = TradeDataLines().Select((l, i) => i == 0 ? l : l.Replace("\"764\",\"THA\"", "\"764\",\"FRA\"", StringComparison.Ordinal)).ToArray();
        using var file = WriteTradeData(lines);

        var (_, context) = Read(file.Path, new IngestOptions { MaxErrors = 5 });

        Assert.Equal(5, context.Errors.Count);
        Assert.True(context.RowsRead < 430);
    }

    [Fact]
    public void When_file_is_empty_then_error_says_so()
    {
        using var file = TempFile.WithBytes("TradeData.csv", []);

        var (records, context) = Read(file.Path);

        Assert.Empty(records);
        Assert.Equal("the file is empty (expected a Comtrade header or JSON response)", Assert.Single(context.Errors).Message);
    }

    [Fact]
    public void When_file_is_not_comtrade_then_error_says_what_was_expected()
    {
        using var file = TempFile.WithText("TradeData.csv", "t,i,j,k,v,q\n2021,4,156,80420,11,2\n");

        var (_, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.StartsWith("not a Comtrade file: expected a Comtrade+ header", error.Message, StringComparison.Ordinal);
    }
}
