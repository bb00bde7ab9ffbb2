namespace Turnover.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public void When_demo_runs_then_it_builds_the_store_and_shows_the_three_pairs_from_real_data()
    {
        using var cli = new CliRun();

        var (exit, console, _, error) = cli.Run("demo");
        var prose = System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " "); // titles wrap to the table width

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("China–Russian Federation trade turnover, annual, US$ bn, as reported by China (China's customs, GACC)", prose, StringComparison.Ordinal);
        Assert.Matches(@"│ 2022\s+│ 190\.271 │ \+29\.5% │", console); // GACC: $190.27bn, +29.3% on unrounded values
        Assert.Matches(@"│ 2024\s+│ 244\.819 │  \+2\.0% │", console);
        Assert.Matches(@"│ 2019\s+│ 555\.592 │ -15\.7% │", console); // US Census: exports + imports of 2019
        Assert.Contains("Rep. of Korea–China trade turnover, annual", prose, StringComparison.Ordinal);
        Assert.Contains("36 disagreeing report(s) kept as evidence", prose, StringComparison.Ordinal);
        // Russia's side (data/mirror) is stored as Russia's statistics: the targets are judged on both sides.
        Assert.Contains("as of 2022-12-30, on Russian Federation's statistics (Russia's customs, FCS)", prose, StringComparison.Ordinal);
        // The latest months name only their own gaps, not those of the years before them.
        Assert.Contains("No value for 2024-03 to 2024-04, 2024-10: the store holds no figure of China's customs, GACC for them;", prose, StringComparison.Ordinal);
        Assert.DoesNotContain("2017-01", prose, StringComparison.Ordinal);
    }

    [Fact]
    public void When_demo_runs_then_it_judges_the_article_claim_on_its_day_and_every_target_today()
    {
        using var cli = new CliRun(200, Turnover.Testing.FixedClock.On(new DateOnly(2026, 11, 28)));

        var (exit, console, _, _) = cli.Run("demo");
        var prose = System.Text.RegularExpressions.Regex.Replace(console, @"[\s│]+", " ");

        Assert.Equal(0, exit);
        Assert.Contains("as of 2022-12-30, on China's statistics (China's customs, GACC)", prose, StringComparison.Ordinal);
        Assert.Contains("verdict: at risk: 77% chance of $200 bn by 2024", prose, StringComparison.Ordinal);
        Assert.Contains("every registered target as of 2026-11-28", prose, StringComparison.Ordinal);
        Assert.Contains("met in 2023-11: Jan–Nov 2023 reached $218.17 bn ≥ $200 bn, 13 month(s) before the end of 2024", prose, StringComparison.Ordinal);
        Assert.Contains("missed: 2024 ended at $244.82 bn, $5.18 bn (2.1%) short of $250 bn", prose, StringComparison.Ordinal);
        Assert.Contains("(figures end 2024-12: the months since are simulated)", prose, StringComparison.Ordinal);
    }

    [Fact]
    public void When_demo_runs_twice_then_the_second_run_adds_nothing()
    {
        using var cli = new CliRun();
        cli.Run("demo");

        var (exit, console, _, _) = cli.Run("demo");

        Assert.Equal(0, exit);
        Assert.Equal(4, CountOf(console, "already stored"));
        var (_, info, _, _) = cli.Run("info");
        Assert.Matches(@"│ 4\s+│ KOSIS", info);
        Assert.DoesNotMatch(@"│ 5\s+│", info);
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    [Fact]
    public void When_the_bundled_data_folder_cannot_be_found_then_demo_says_where_it_looked_and_creates_no_store()
    {
        // It opened (created) the store first, then failed on the first bundled file: an empty store file stayed behind.
        using var cli = new CliRun();
        var noData = Directory.CreateDirectory(Path.Combine(cli.Folder, "no-data")).FullName;
        var store = Path.Combine(cli.Folder, "demo.duckdb");

        using var demo = TurnoverProcess.StartIn(cli.Folder, new Dictionary<string, string> { ["TURNOVER_DATA"] = noData }, "demo", "--db", store);
        var (exit, output, error) = demo.Finish();

        Assert.Equal((1, string.Empty), (exit, output));
        Assert.Equal(
            $"error: TURNOVER_DATA names {noData}, which holds no gacc/china_russia.csv: set it to the bundled data folder (the repository's data/), "
            + "or unset it to look from the working and program folders.\n",
            error);
        Assert.Equal([], Directory.GetFiles(cli.Folder));
    }
}
