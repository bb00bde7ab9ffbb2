using System.Globalization;

namespace Turnover.Cli.Tests;

/// <summary><c>turnover mirror</c> (issue 12): both sides' figures in a table, the rates stated alone, the reasons, a side missing.</summary>
public sealed class MirrorCommandTests
{
    // A data line's value in billions (the field after the prefix), as the table prints it.
    private static string Billions(string path, string prefix)
    {
        var line = File.ReadLines(path).First(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return decimal.Parse(line[prefix.Length..].Split(',')[0], CultureInfo.InvariantCulture).ToString("N3", CultureInfo.InvariantCulture);
    }

    private static string[] Cells(string console, string span) =>
        [.. console.Split('\n').First(l => l.TrimStart().StartsWith($"│ {span} ", StringComparison.Ordinal)).Split('│').Skip(1).SkipLast(1).Select(c => c.Trim())];

    [Fact]
    public void When_china_russia_is_mirrored_then_each_sides_figures_and_the_gaps_stand_side_by_side()
    {
        using var cli = new CliRun(220, TimeProvider.System);
        cli.Run("ingest", Bundled.ChinaRussia, Bundled.RussiaChina);

        var (exit, console, _, _) = cli.Run("mirror", "CHN", "RUS");

        Assert.Equal(0, exit);
        Assert.Equal(["2013", "turnover", Billions(Bundled.ChinaRussia, "2013,annual,turnover,"), Billions(Bundled.RussiaChina, "2013,turnover,"), "-0.410", "-0.5%"], Cells(console, "2013")[..6]);
        Assert.Equal(["Jan–Oct 2023", "turnover", Billions(Bundled.ChinaRussia, "2023-10,ytd,turnover,"), Billions(Bundled.RussiaChina, "2023,turnover,"), "-10.480", "-5.3%"], Cells(console, "Jan–Oct 2023")[..6]);
        Assert.Contains("probable (Russian FM Lavrov; agency not named), line 6", Cells(console, "2020")[6], StringComparison.Ordinal);
        var prose = System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " "); // sentences wrap to the console width
        Assert.Contains("Russian Federation: +27% (Jan–Sep 2023), stated (acting FCS head Davydov), line 10 — China's published rate for Jan–Sep 2023: +29.5%", prose, StringComparison.Ordinal);
        Assert.Contains("no exact span: comparable with no figure of the other side", prose, StringComparison.Ordinal);
        Assert.Contains("Russian Federation's imports at about 1.05–1.10 × China's exports is normal.", prose, StringComparison.Ordinal);
        Assert.Contains("Re-exports: China's goods re-exported through a hub (China, Hong Kong SAR) count as exports to the hub in China's figures", prose, StringComparison.Ordinal);
    }

    [Fact]
    public void When_only_one_side_is_stored_then_it_says_so_plainly()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.UsChina);

        var (exit, console, _, _) = cli.Run("mirror", "USA", "CHN");

        Assert.Equal(0, exit);
        Assert.Contains("China's side is not stored: only USA's statistics (US Census Bureau) of USA–China are, so there is nothing to set them against.", System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_years_asked_for_hold_no_span_both_sides_report_then_it_says_which_years_do()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia, Bundled.RussiaChina);

        var (exit, console, _, _) = cli.Run("mirror", "CHN", "RUS", "--from", "2030");
        var (_, inside, _, _) = cli.Run("mirror", "CHN", "RUS", "--from", "2020");

        Assert.Equal(0, exit);
        Assert.Contains("No span both sides report lies in the years asked for (--from, --to): they both report figures of 2013–2023.", System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " "), StringComparison.Ordinal);
        Assert.DoesNotContain("No span", inside, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mirror CHN CHN", "both countries are China")]
    [InlineData("mirror CHN RUS --from 2023 --to 2013", "the first year 2023 is after the last 2013")]
    [InlineData("mirror CHN RUS --freq month", "month")]
    public void When_the_question_is_wrong_then_it_is_refused(string args, string message)
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia, Bundled.RussiaChina);

        var (exit, console, _, error) = cli.Run(args.Split(' '));

        Assert.NotEqual(0, exit);
        Assert.Contains(message, console + error, StringComparison.Ordinal);
    }
}
