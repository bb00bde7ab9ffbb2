using System.Text.RegularExpressions;

namespace Turnover.Cli.Tests;

/// <summary>
/// An 80-column console (what a redirected output gets) must not split a figure over two lines of a table: "180.30"
/// over "0" reads as another figure.
/// </summary>
public sealed partial class NarrowConsoleTests
{
    [Fact]
    public void When_a_monthly_table_is_wider_than_the_console_then_no_figure_or_period_is_split()
    {
        using var cli = new CliRun(80, TimeProvider.System);
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, _, _) = cli.Run("series", "CHN", "RUS", "--from", "2024-09", "--to", "2024-12");

        Assert.Equal(0, exit);
        // GACC, 2024: September $21.83 bn, year to date $180.3 bn; December's twelve months $244.819 bn.
        Assert.Contains("│ 2024-09 │ 21.830 │", console, StringComparison.Ordinal);
        Assert.Contains("│ 180.300 │", console, StringComparison.Ordinal);
        Assert.Contains("│ 244.819 │", console, StringComparison.Ordinal);
        var cells = BodyCells(console).ToList();
        Assert.Equal(27, cells.Count);
        Assert.All(cells, cell => Assert.Matches(WholeCell(), cell));
    }

    [Fact]
    public void When_a_table_of_prose_is_wider_than_the_console_then_only_prose_wraps_at_its_words()
    {
        using var cli = new CliRun(60, TimeProvider.System);
        cli.Run("ingest", Bundled.ChinaRussia);
        cli.Run("ingest", Bundled.RussiaChina);

        var (exit, console, _, _) = cli.Run("info");

        Assert.Equal(0, exit);
        Assert.Contains("│ russia_side_china_trade.csv │", console, StringComparison.Ordinal);
        Assert.Contains("(compilation)", console, StringComparison.Ordinal);
    }

    // The cells below the table's header line, trimmed.
    private static IEnumerable<string> BodyCells(string console) =>
        console.Split('\n').SkipWhile(l => !l.StartsWith('├')).Skip(1).TakeWhile(l => l.StartsWith('│'))
            .SelectMany(l => l.Trim().Trim('│').Split('│')).Select(c => c.Trim());

    // A whole period, figure or rate, or the dash of a blank: a split cell leaves "2024-0", "180.30" or "0".
    [GeneratedRegex(@"^(?:\d{4}-\d{2}|\d+\.\d{3}|[+-]\d+\.\d%|–)$")]
    private static partial Regex WholeCell();
}
