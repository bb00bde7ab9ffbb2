using Turnover.Testing;

namespace Turnover.Ingest.Tests.Gacc;

/// <summary>Issue 7: truncation and bad values in copies of the real GACC compilation and country table.</summary>
public sealed class GaccDefectTests
{
    private const string Line300 = "2023-08,month,china_exports,9.3,,https://tass.com/economy/1670973?utm_referrer=google.com%2Famp";
    private static readonly string s_compilation = RepoPaths.Data("gacc", "china_russia.csv");
    private static readonly string s_table = RepoPaths.Fixture("gacc", "country_table_2023_11.csv");

    [Fact]
    public void When_the_compilation_is_cut_inside_a_url_then_the_missing_line_break_gives_it_away()
    {
        // Cut in the middle of line 300's URL: the 74 lines after it are gone, and the cut row still has six fields.
        var lines = File.ReadAllLines(s_compilation);
        Assert.Equal(Line300, lines[299]);
        using var file = TempFile.WithText("china_russia.csv", string.Join("\n", lines[..299]) + "\n" + Line300[..60]);

        var read = GaccTestRead.Of(file.Path);

        Assert.Empty(read.Records);
        var error = Assert.Single(read.Context.Errors);
        Assert.Equal((300L, "the file ends inside line 300, without a line break: the file looks cut short (GACC compilation files end every line with one); download it again"), (error.Line, error.Message));
    }

    [Fact]
    public void When_a_quote_opens_a_url_and_never_closes_then_the_lines_it_swallows_are_reported()
    {
        using var file = MutatedCopy.Of(s_compilation, lines => lines.Replace(300, ",https://", ",\"https://"));

        var read = GaccTestRead.Of(file.Path);

        Assert.Empty(read.Records);
        var error = Assert.Single(read.Context.Errors);
        Assert.Equal((300L, "source_url"), (error.Line, error.Column));
        Assert.Equal("the row runs from line 300 over 76 lines: a quote opened in field 6 is never closed, so the lines after it were read as one field (file cut short, or a stray quote?)", error.Message);
    }

    [Theory]
    [InlineData(",https://tass.com/economy/", ",\"https://tass.com/eco\r\nnomy/", "\"", 6, "source_url")]
    [InlineData(",month,", ",\"mon\r\nth\",", "", 2, "kind")]
    public void When_a_quoted_value_holds_a_line_break_then_the_line_it_opens_on_and_its_field_are_named(string from, string to, string end, int field, string column)
    {
        using var file = MutatedCopy.Of(s_compilation, lines =>
        {
            lines.Replace(300, from, to);
            lines[299] += end;
        });

        var read = GaccTestRead.Of(file.Path);

        Assert.Empty(read.Records);
        var error = Assert.Single(read.Context.Errors);
        Assert.Equal(
            (300L, column, $"the quoted value in field {field} opens on line 300 and holds a line break, so the row runs to line 301: a line break inside a quoted value is not allowed in this layout, where every row is one line (join the lines, or remove a stray quote)"),
            (error.Line, error.Column, error.Message));
    }

    [Theory]
    [InlineData("9.3", "NaN", "value 'NaN' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)")]
    [InlineData("9.3", "1e308", "value '1e308' is too large: above the ceiling of 10^15 USD (40 years of world trade)")]
    [InlineData("9.3", "1000001", "value '1000001' is too large: above the ceiling of 10^15 USD (40 years of world trade) (the column is in billions of USD)")]
    [InlineData("9.3", "-9.3", "value '-9.3' is negative: trade values cannot be negative")]
    public void When_a_compilation_value_is_not_a_trade_value_then_the_file_is_refused(string from, string to, string message)
    {
        using var file = MutatedCopy.Of(s_compilation, lines => lines.Replace(300, from, to));

        var read = GaccTestRead.Of(file.Path);

        var error = Assert.Single(read.Context.Errors);
        Assert.Equal((300L, "value_usd_bn", message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_the_compilation_has_only_its_header_then_it_is_refused()
    {
        using var file = TempFile.WithText("china_russia.csv", File.ReadAllLines(s_compilation)[0] + "\n");

        var read = GaccTestRead.Of(file.Path);

        Assert.Equal("the file has no data rows (empty, or a header only): nothing to store", Assert.Single(read.Context.Errors).Message);
    }

    [Fact]
    public void When_a_table_value_loses_a_digit_then_its_grouping_gives_it_away()
    {
        using var file = MutatedCopy.Of(s_table, lines => lines.Replace(6, "\"21,500,000\"", "\"21,500,00\""));

        var read = GaccTestRead.Of(file.Path);

        var error = Assert.Single(read.Context.Errors);
        Assert.Equal((6L, "Total 11", "value '21,500,00' has a thousands separator ',' out of place (groups of three digits expected): a digit or a decimal point is wrong"), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_the_table_is_cut_inside_its_last_value_then_the_missing_line_break_gives_it_away()
    {
        var text = File.ReadAllText(s_table);
        Assert.EndsWith(",26.7,50.2,11.8\r\n", text, StringComparison.Ordinal);
        using var file = TempFile.WithText("country_table_2023_11.csv", text[..^4]);

        var read = GaccTestRead.Of(file.Path);

        var error = Assert.Single(read.Context.Errors);
        Assert.Equal((6L, "the file ends inside line 6, without a line break: the file looks cut short (GACC table files end every line with one); download it again"), (error.Line, error.Message));
    }

    [Fact]
    public void When_the_table_has_its_headings_but_no_row_then_it_is_refused()
    {
        using var file = TempFile.WithText("country_table_2023_11.csv", string.Join("\n", File.ReadAllLines(s_table).Take(5)) + "\n");

        var read = GaccTestRead.Of(file.Path);

        Assert.Equal("the file has no data rows (empty, or a header only): nothing to store", Assert.Single(read.Context.Errors).Message);
    }
}
