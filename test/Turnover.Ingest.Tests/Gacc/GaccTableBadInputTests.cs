using Turnover.Testing;

namespace Turnover.Ingest.Tests.Gacc;

/// <summary>Defects in the GACC table layout, on mutated copies of test/fixtures/gacc/country_table_2023_11.csv.</summary>
public sealed class GaccTableBadInputTests
{
    private static readonly string s_path = RepoPaths.Fixture("gacc", "country_table_2023_11.csv");

    private static GaccTestRead ReadMutated(Action<List<string>> change)
    {
        using var copy = MutatedCopy.Of(s_path, change);
        return GaccTestRead.Of(copy.Path);
    }

    private static void AssertSingleError(GaccTestRead read, long line, string column, string message)
    {
        Assert.True(read.Context.Errors.Count == 1, read.ErrorsText);
        var error = read.Context.Errors[0];
        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message));
    }

    [Theory]
    [InlineData(6, "\"218,170,000\"", "abc", "Total 1 to 11", "value 'abc' is not a number")]
    [InlineData(6, "\"100,330,000\"", "-100330000", "Exports 1 to 11", "value '-100330000' is negative: trade values cannot be negative")]
    [InlineData(6, "50.2", "50,2%", "", "row has 11 fields, expected 10 as in the header (an unquoted comma inside a value, such as a thousands separator?)")]
    [InlineData(6, "11.8", "n/a", "Percentage change Imports", "value 'n/a' is not a number")]
    [InlineData(6, "11.8", "1000000000000000000000", "Percentage change Imports", "growth rate '1000000000000000000000' is above 999,999.999%, the largest rate the store holds (a digit slip?)")]
    [InlineData(6, "11.8", "-111.8", "Percentage change Imports", "growth rate '-111.8' is below -100%: a value cannot fall by more than all of it (a sign or digit slip?)")]
    [InlineData(6, "Russia", "Rusia", "Country (Region)", "unknown country 'Rusia' (did you mean 'Russian Federation'?)")]
    [InlineData(3, "USD 1,000", "EUR 1,000", "Unit", "unit 'EUR 1,000' is not supported (expected USD 1,000, USD 100 million, CNY 10,000 or CNY 100 million)")]
    [InlineData(5, ",11,1 to 11", ",10,1 to 11", "Total 11", "column header '10' should be '11' (the table is for month 11)")]
    [InlineData(4, "Exports", "Export value", "Exports", "missing column group 'Exports' at column 4 of the header (found 'Export value')")]
    [InlineData(2, "January-November", "January-October", "Period", "period 10/2023 in words differs from 11.2023 in the title (line 1)")]
    public void When_a_cell_is_wrong_then_the_line_column_and_value_are_named(int line, string from, string to, string column, string message)
    {
        var read = ReadMutated(lines => lines.Replace(line, from, to));

        AssertSingleError(read, line, column, message);
        Assert.Empty(read.Records);
    }

    [Fact]
    public void When_the_month_is_13_then_the_period_is_impossible()
    {
        var read = ReadMutated(lines =>
        {
            lines.Replace(1, "11.2023", "13.2023");
            lines.RemoveAt(1);
        });

        AssertSingleError(read, 1, "Period", "period 13.2023 is impossible: month should be in range [1-12] and year in [1900-2200]");
        Assert.Empty(read.Records);
    }

    [Fact]
    public void When_the_unit_line_is_missing_then_it_is_an_error_at_the_header()
    {
        var read = ReadMutated(lines => lines.RemoveAt(2));

        AssertSingleError(read, 3, "Unit", "no 'Unit: …' line above the column header (expected USD 1,000, USD 100 million, CNY 10,000 or CNY 100 million)");
        Assert.Empty(read.Records);
    }

    [Fact]
    public void When_a_second_unit_appears_below_the_header_then_the_units_are_mixed()
    {
        var read = ReadMutated(lines =>
        {
            lines.Add("\"Unit: CNY 100 million\",,,,,,,,,");
            lines.Add(lines[5]);
        });

        AssertSingleError(read, 7, "Unit", "mixed units: 'Unit: CNY 100 million' after 'Unit: USD 1,000' (line 3); one table, one unit");
    }

    [Fact]
    public void When_the_row_is_cut_short_then_the_first_missing_column_is_named()
    {
        var read = ReadMutated(lines => lines[5] = "Russia,\"21,500,000\",\"218,1");

        // Cut inside a quoted value: the quote is never closed.
        AssertSingleError(read, 6, "Total 1 to 11", "the row runs from line 6 over 2 lines: a quote opened in field 3 is never closed, so the lines after it were read as one field (file cut short, or a stray quote?)");
        Assert.Empty(read.Records);
    }

    [Fact]
    public void When_a_quoted_value_holds_a_line_break_then_the_line_it_opens_on_and_its_field_are_named()
    {
        var read = ReadMutated(lines => lines.Replace(6, "\"21,500,000\"", "\"21\r\n,500,000\""));

        AssertSingleError(read, 6, "Total 11",
            "the quoted value in field 2 opens on line 6 and holds a line break, so the row runs to line 7: a line break inside a quoted value is not allowed in this layout, where every row is one line (join the lines, or remove a stray quote)");
        Assert.Empty(read.Records);
    }

    // A heading or header line with a line break inside quotes was read as if whole (the title even went unnoticed:
    // Sep gives the first row no lines of its own), or refused for a reason that was not the fault.
    [Theory]
    [InlineData(1, "Origin/Destination", "Origin/\r\nDestination", 1, "")]
    [InlineData(3, "Unit: USD 1,000", "Unit:\r\nUSD 1,000", 1, "")]
    [InlineData(4, "Country (Region),Total", "Country (Region),\"To\r\ntal\"", 2, "")]
    [InlineData(5, ",11,1 to 11", ",\"1\r\n1\",1 to 11", 2, "")]
    [InlineData(6, "11.8", "\"11\r\n.8\"", 10, "Percentage change Imports")]
    [InlineData(6, "Russia", "\"Rus\r\nsia\"", 1, "Country (Region)")]
    public void When_any_line_holds_a_quoted_line_break_then_it_is_refused_with_its_field(int line, string from, string to, int field, string column)
    {
        var read = ReadMutated(lines => lines.Replace(line, from, to));

        AssertSingleError(read, line, column,
            $"the quoted value in field {field} opens on line {line} and holds a line break, so the row runs to line {line + 1}: a line break inside a quoted value is not allowed in this layout, where every row is one line (join the lines, or remove a stray quote)");
        Assert.Empty(read.Records);
    }

    [Fact]
    public void When_an_unknown_line_precedes_the_header_then_it_is_named()
    {
        var read = ReadMutated(lines => lines.Insert(1, "\"China Customs Statistics\",,,,,,,,,"));

        AssertSingleError(read, 2, string.Empty,
            "unexpected line 'China Customs Statistics' above the column header (expected the title, the period, 'Unit: …', '(preliminary)' or 'Release date: …')");
    }

    [Fact]
    public void When_the_file_is_semicolon_separated_then_the_header_groups_are_not_found()
    {
        var read = ReadMutated(lines =>
        {
            for (var i = 3; i < lines.Count; i++)
            {
                lines[i] = lines[i].Replace(',', ';');
            }
        });

        var error = Assert.Single(read.Context.Errors);
        Assert.Equal((4L, "Total"), (error.Line, error.Column));
        Assert.Empty(read.Records);
    }

    [Fact]
    public void When_the_file_ends_before_the_header_then_it_is_an_error()
    {
        var read = ReadMutated(lines => lines.RemoveRange(3, 3));

        AssertSingleError(read, 3, "Country (Region)", "the file ends before the column header 'Country (Region),Total,,Exports,,Imports,…'");
    }
}
