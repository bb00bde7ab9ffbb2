using Turnover.Testing;
using static Turnover.Ingest.Tests.Comtrade.ComtradeFixture;

namespace Turnover.Ingest.Tests.Comtrade;

/// <summary>Issue 7: defects refused by the Comtrade reader, on copies of the real Comtrade+ CSV download.</summary>
public class ComtradeDefectTests
{
    [Theory]
    [InlineData("cmdCode", "7701", "code '7701': HS code 7701 is in chapter 77, which does not exist (chapters run 01-99 without 77)")]
    [InlineData("cmdCode", "0899", "code '0899': HS code 0899 has heading 0899, which does not exist (chapter 08 ends at 0814); a digit lost or added?")]
    [InlineData("cmdCode", "85421", "code '85421' has 5 digits but the stated level is 4")]
    [InlineData("primaryValue", "NaN", "value 'NaN' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)")]
    [InlineData("primaryValue", "Infinity", "value 'Infinity' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)")]
    [InlineData("primaryValue", "1e308", "value '1e308' is too large: above the ceiling of 10^15 USD (40 years of world trade)")]
    [InlineData("primaryValue", "1000000000000001", "value '1000000000000001' stands for 1,000,000,000,000,001 USD, above the ceiling of 10^15 USD (40 years of world trade; a unit or digit slip?)")]
    [InlineData("primaryValue", "-9680795326", "value '-9680795326' is negative")]
    [InlineData("classificationCode", "H4\0", "value 'H4\\u0000' contains a control character")] // fuzz case comtrade 93113
    [InlineData("qtyUnitAbbr", "kg\u001b", "value 'kg\\u001B' contains a control character")]
    public void When_a_cell_of_line_2_is_damaged_then_the_file_is_refused_with_line_column_and_rule(string column, string value, string message)
    {
        using var file = TradeDataWith(2, column, value);

        var (_, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((2L, column, message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_the_last_line_loses_its_trailing_comma_and_end_then_the_shape_of_the_first_row_gives_it_away()
    {
        // Every data row of the real download ends with a comma; the last one cut inside its last field has 47 fields.
        var lines = TradeDataLines();
        Assert.Equal(string.Empty, lines[^1]);
        Assert.EndsWith("\"false\",\"true\",", lines[^2], StringComparison.Ordinal);
        using var file = WriteTradeData([.. lines[..^2], lines[^2][..^4]]);

        var (records, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((431L, "row has 47 fields, expected 48 as in the first data row (line cut short, or a wrong delimiter?)"), (error.Line, error.Message));
        Assert.Equal(429, records.Count);
    }

    [Fact]
    public void When_a_row_ends_without_the_trailing_comma_the_others_have_then_it_is_refused()
    {
        var lines = TradeDataLines();
        lines[9] = lines[9][..^1];

        using var file = WriteTradeData(lines);
        var (_, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((10L, "row has 47 fields, expected 48 as in the first data row (line cut short, or a wrong delimiter?)"), (error.Line, error.Message));
    }

    [Fact]
    public void When_the_file_has_only_its_header_then_it_is_refused()
    {
        using var file = WriteTradeData([TradeDataLines()[0], string.Empty]);

        var (records, context) = Read(file.Path);

        Assert.Empty(records);
        Assert.Equal("the file has no data rows (empty, or a header only): nothing to store", Assert.Single(context.Errors).Message);
    }

    [Fact]
    public void When_a_legacy_file_loses_its_final_line_break_then_the_cut_is_reported()
    {
        var text = File.ReadAllText(Path("comtrade.csv"), System.Text.Encoding.Latin1);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var lines = text.Split('\n').Length - 1;
        using var file = TempFile.WithBytes("comtrade.csv", System.Text.Encoding.Latin1.GetBytes(text.TrimEnd('\n', '\r')));

        var (_, context) = Read(file.Path);

        // The last line still has its twelve fields: only the missing line break shows the cut.
        var error = Assert.Single(context.Errors);
        Assert.Equal((291L, "the file ends inside line 291, without a line break: the file looks cut short (UN Comtrade files end every line with one); download it again"), (error.Line, error.Message));
        Assert.Equal(291, lines);
    }

    [Fact]
    public void When_an_api_response_is_cut_in_the_middle_then_it_is_refused()
    {
        var text = File.ReadAllText(Path("HS-60a6ad.json"));
        using var file = TempFile.WithText("HS-60a6ad.json", text[..(text.Length / 2)]);

        var (_, context) = Read(file.Path);

        Assert.True(context.HasErrors);
        Assert.All(context.Errors, e => Assert.NotEmpty(e.Message));
    }

    [Fact]
    public void When_a_gzipped_bulk_file_is_cut_in_the_middle_then_the_gzip_trailer_gives_it_away()
    {
        // .NET inflates a cut gzip file quietly up to the cut, so only the trailer's length shows it.
        var bytes = File.ReadAllBytes(Path("TradeData_bulk.txt.gz"));
        using var file = TempFile.WithBytes("TradeData_bulk.txt.gz", bytes[..(bytes.Length * 2 / 3)]);

        var (_, context) = Read(file.Path);

        Assert.Contains(context.Errors, e => e.Line > 1 && e.Message.StartsWith("the gzip data ends early, in or after this line: ", StringComparison.Ordinal));
    }

    [Fact]
    public void When_the_gzipped_bulk_file_is_whole_then_its_trailer_matches()
    {
        var (records, context) = ReadFixture("TradeData_bulk.txt.gz");

        Assert.Empty(context.Errors);
        Assert.NotEmpty(records);
    }
}
