using Spectre.Console;
using Spectre.Console.Rendering;

namespace Turnover.Cli.Rendering;

/// <summary>
/// Writes a table without breaking a figure or a word across lines. Spectre fits a table wider than the console (80
/// columns when the output is redirected) by narrowing its widest columns, splitting "180.300" into "180.30" over "0",
/// "2024-09" into "2024-0" over "9", a file name or a link in two: a reader takes the pieces for other figures, and a
/// link no longer works. Where Spectre's layout would break a word, each column instead gets at least its longest
/// word (a column of one-word cells, its longest cell), the widest columns are narrowed first as Spectre does, and the
/// table is written wider than the console when it must be.
/// </summary>
internal static class WholeTable
{
    public static void WriteWhole(this IAnsiConsole console, Table table)
    {
        var options = RenderOptions.Create(console, console.Profile.Capabilities);
        var width = console.Profile.Width;
        var tableWidest = Measure(table, options).Max;
        if (tableWidest <= width || KeepsEveryWord(table, options, width))
        {
            console.Write(table);
            return;
        }

        var columns = table.Columns.Select((column, i) => ColumnWidths.Of(column, table.Rows.Select(row => row[i]).ToList(), options)).ToList();
        var borders = tableWidest - columns.Sum(c => c.Widest);
        var needed = borders + columns.Sum(c => c.Narrowest);
        var total = Math.Max(width, needed);
        var cap = WidestCap(columns, total - borders);
        for (var i = 0; i < columns.Count; i++)
        {
            table.Columns[i].Width = columns[i].Within(cap);
        }

        console.Profile.Width = total;
        try
        {
            console.Write(table);
        }
        finally
        {
            console.Profile.Width = width;
        }
    }

    // As Spectre narrows the widest columns first, the largest width every column may keep (none below its longest
    // word) with the columns' sum still within what is available.
    private static int WidestCap(List<ColumnWidths> columns, int available)
    {
        var (low, high) = (0, columns.Max(c => c.Widest));
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            (low, high) = columns.Sum(c => c.Within(mid)) <= available ? (mid, high) : (low, mid - 1);
        }

        return low;
    }

    // Whether every word of every cell and heading is whole in Spectre's own layout at this width.
    private static bool KeepsEveryWord(Table table, RenderOptions options, int width)
    {
        var rendered = Text(table, options, width);
        return table.Rows.SelectMany(row => row).Concat(table.Columns.Select(c => c.Header))
            .SelectMany(cell => Text(cell, options, int.MaxValue).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .All(word => rendered.Contains(word, StringComparison.Ordinal));
    }

    private static string Text(IRenderable renderable, RenderOptions options, int width) =>
        string.Concat(renderable.Render(options, width).Select(s => s.IsLineBreak ? "\n" : s.Text));

    private static Measurement Measure(IRenderable renderable, RenderOptions options) => renderable.Measure(options, int.MaxValue);

    // A column's narrowest width that breaks no word (a one-word column's, no cell), and its width with each cell on one line.
    private readonly record struct ColumnWidths(int Narrowest, int Widest)
    {
        public int Within(int cap) => Math.Min(Widest, Math.Max(Narrowest, cap));

        public static ColumnWidths Of(TableColumn column, List<IRenderable> cells, RenderOptions options)
        {
            var header = Measure(column.Header, options);
            var measured = cells.Select(c => Measure(c, options)).ToList();
            var widest = Math.Max(header.Max, measured.Count == 0 ? 0 : measured.Max(c => c.Max));
            var oneWord = measured.Count > 0 && measured.TrueForAll(c => c.Min == c.Max);
            var narrowest = Math.Max(header.Min, measured.Count == 0 ? 0 : oneWord ? measured.Max(c => c.Max) : measured.Max(c => c.Min));
            return new ColumnWidths(narrowest, widest);
        }
    }
}
