using Turnover.Ingest.Wind;
using Turnover.Testing;
using static Turnover.Ingest.Tests.National.ReaderRun;
using static Turnover.Ingest.Tests.Wind.WindReaderTests;

namespace Turnover.Ingest.Tests.Wind;

/// <summary>Damaged copies of the real Wind exports: each is refused whole, the error naming file, line and column.</summary>
public class WindDefectTests
{
    private const string CrudeRussiaValue = "Value of Imports: Crude Oil: Russian Federation";
    private readonly WindReader _reader = new();

    private static string[] WithCell(string path, int line, int column, string replacement)
    {
        var lines = Lines(path);
        var cells = lines[line - 1].Split(',');
        cells[column] = replacement;
        lines[line - 1] = string.Join(',', cells);
        return lines;
    }

    private (long Line, string Column, string Message) SingleError(string name, IEnumerable<string> lines)
    {
        using var file = Write(name, lines, "\n");
        var (records, context) = ReadAll(_reader, file.Path);
        var error = Assert.Single(context.Errors);
        Assert.Equal(name, error.File);
        return (error.Line, error.Column, error.Message);
    }

    [Fact]
    public void When_an_origin_is_unknown_then_line_1_and_the_column_are_named()
    {
        var lines = WithCell(s_byOrigin, 1, 20, "Volume of Imports: Crude Oil: Atlantis");

        Assert.Equal((1L, "21", "series 'Volume of Imports: Crude Oil: Atlantis': origin: unknown country 'Atlantis'; an unknown origin is never dropped, add it to the country catalogue"),
            SingleError(ByOriginName, lines));
    }

    [Fact]
    public void When_a_row_dates_a_year_no_period_can_hold_then_its_line_is_named()
    {
        // Fuzz case wind 2575: a changed byte made 2020-12-31 read 3020-12-31, and the reader threw from Period.Month.
        var lines = WithCell(s_byOrigin, 344, 0, "3021-01-31");

        Assert.Equal((344L, "Name", "month '3021-01-31' is outside the years a period can hold (1900-2200)"), SingleError(ByOriginName, lines));
    }

    [Fact]
    public void When_a_series_name_is_megabytes_long_then_it_is_refused_by_its_length_not_by_a_timer()
    {
        // Fuzz case wind 6761: a 7 MB cell in the name row ran the name pattern into its one-second limit on a loaded
        // machine, and the RegexMatchTimeoutException escaped. The refusal must not depend on the machine's speed.
        var lines = WithCell(s_byOrigin, 1, 20, "Volume of Imports: Crude Oil: " + new string('x', 7_000_000));

        Assert.Equal((1L, "21", "series 'Volume of Im…' (7,000,030 characters): a name of 7,000,030 characters is longer than any Wind series name (at most 500)"),
            SingleError(ByOriginName, lines));
    }

    [Fact]
    public void When_a_cell_is_not_a_number_then_its_line_and_series_are_named()
    {
        // Line 344 is 2021-01; column 53 is the crude value from Russia.
        var lines = WithCell(s_byOrigin, 344, 53, "12x4");

        var (line, column, message) = SingleError(ByOriginName, lines);

        Assert.Equal((344L, "54"), (line, column));
        Assert.StartsWith($"series '{CrudeRussiaValue}': ", message, StringComparison.Ordinal);
        Assert.Contains("'12x4'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_row_has_a_field_too_few_then_it_is_refused_with_its_line()
    {
        var lines = Lines(s_byOrigin);
        Assert.StartsWith("2021-01,", lines[343], StringComparison.Ordinal);
        lines[343] = lines[343][..lines[343].LastIndexOf(',')];

        Assert.Equal((344L, "195", "row has 194 fields, expected 195 as in the Name row (line cut short, or a comma inside a value?)"),
            SingleError(ByOriginName, lines));
    }

    [Fact]
    public void When_the_unit_is_unknown_then_the_unit_row_and_column_are_named()
    {
        var lines = WithCell(s_byOrigin, 3, 188, "EUR 10 th");

        Assert.Equal((3L, "189", "series 'Value of Imports: Crude Oil': unit 'EUR 10 th' is not one this reader knows for a value (USD, USD 10 th)"),
            SingleError(ByOriginName, lines));
    }

    [Fact]
    public void When_an_update_day_is_not_a_date_then_the_update_row_and_column_are_named()
    {
        var lines = WithCell(s_byOrigin, 7, 1, "'2022-12-32");

        Assert.Equal((7L, "2", "update day ''2022-12-32' is not a date (expected YYYY-MM-DD, as '2022-12-30)"), SingleError(ByOriginName, lines));
    }

    [Fact]
    public void When_the_unit_row_is_missing_then_the_file_is_refused()
    {
        var lines = Lines(s_byOrigin).Where((_, i) => i != 2);

        Assert.Equal((1L, "Unit", "no 'Unit' row under the Name row: the file's unit per series cannot be known"), SingleError(ByOriginName, lines));
    }

    [Fact]
    public void When_duplicated_columns_disagree_then_the_second_is_named()
    {
        // Wind repeats "Volume of Imports: Crude Oil: Ecuador" in columns 37 and 45; line 346 is 2021-03.
        var lines = WithCell(s_byOrigin, 346, 44, "1.00");

        Assert.Equal((346L, "45", "series 'Volume of Imports: Crude Oil: Ecuador': '1.00' disagrees with '322988323.00' in column 37, the same series"),
            SingleError(ByOriginName, lines));
    }

    [Fact]
    public void When_the_by_origin_export_loses_its_end_then_it_looks_cut_short()
    {
        var lines = Lines(s_byOrigin);
        Assert.StartsWith("数据来源：Wind", lines[^1], StringComparison.Ordinal);

        var (line, _, message) = SingleError(ByOriginName, lines[..^10]);

        Assert.Equal(358L, line);
        Assert.StartsWith("the rows end before 2022-11, the last month of the series' Time Period", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5528")] // inside the figure: $5.53 bn read as $55.3 m
    [InlineData("")] // just after the comma: the figure lost
    public void When_the_by_origin_export_is_cut_inside_its_last_figure_then_it_looks_cut_short(string left)
    {
        // Line 366 (2022-11) is the last row and "552856.00 " its last figure, the world's LNG imports in USD 10 th; a
        // blank row and the end line follow it in the whole file.
        var text = File.ReadAllText(s_byOrigin);
        var lastRow = string.Join('\n', text.Split('\n')[..366]);
        Assert.EndsWith(",552856.00 ", lastRow, StringComparison.Ordinal);
        using var file = TempFile.WithText(ByOriginName, lastRow[..^(10 - left.Length)]);

        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal((366L, "195"), (error.Line, error.Column));
        Assert.Equal(
            $"series 'Value of Imports: Liquified Natural Gas (LNG)': the file ends inside this row's last figure ('{left}'), with no line break and no '数据来源：Wind' line after it, "
            + "though every other figure of the export is written padded ('7814261156.00 '): the file looks cut short; download it again",
            error.Message);
    }

    [Fact]
    public void When_the_by_origin_export_ends_after_its_last_row_then_the_figures_are_whole()
    {
        // Cut after the last row's line break (the blank row and the end line lost): every figure is whole.
        var text = File.ReadAllText(s_byOrigin);
        using var file = TempFile.WithText(ByOriginName, string.Join('\n', text.Split('\n')[..366]) + "\n");

        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(context.Errors);
        Assert.Equal(ReadAll(_reader, s_byOrigin).Records.Count, records.Count);
    }

    [Fact]
    public void When_the_zero_filled_export_is_cut_between_rows_then_it_looks_cut_short()
    {
        var (line, _, message) = SingleError(RussiaName, Lines(s_russia)[..^2]);

        Assert.Equal(314L, line);
        Assert.StartsWith("the rows end before 2023-02", message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_nonzero_figure_lies_outside_its_time_period_then_it_is_refused()
    {
        // Line 8 (1993-01) precedes every origin's series; the crude value from Russia starts 1995-04.
        var lines = WithCell(s_byOrigin, 8, 53, "5.00");

        Assert.Equal((8L, "54", $"series '{CrudeRussiaValue}': '5.00' lies outside the series' Time Period"), SingleError(ByOriginName, lines));
    }
}
