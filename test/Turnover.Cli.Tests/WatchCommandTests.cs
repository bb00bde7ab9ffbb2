using System.Security.Cryptography;
using System.Text.Json;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>
/// <c>turnover claims --save</c>, the judging again on <c>turnover ingest</c> and <c>turnover watch</c> (issue 9):
/// claims saved on a store that holds China's customs' figures only up to 2022 (the bundled file cut after 2022,
/// test/fixtures/gacc/china_russia_to_2022.csv) change when the whole file is ingested.
/// </summary>
public sealed class WatchCommandTests
{
    private static readonly DateOnly s_today = new(2026, 11, 28);

    private static string SeedArticle => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "data", "articles", "000_87dd0651f91ea8c8.txt"));

    private static string Example => Path.Combine(RepoPaths.Root, "docs", "examples", "claims-example.txt");

    private static string To2022 => Path.Combine(RepoPaths.Root, "test", "fixtures", "gacc", "china_russia_to_2022.csv");

    [Fact]
    public void When_the_seed_articles_claims_are_saved_before_2023_figures_then_ingesting_them_reports_the_2024_target_met()
    {
        Assert.True(File.Exists(SeedArticle), $"{SeedArticle} is not there (../shared/data is kept beside the repository)");
        using var cli = Cli();
        cli.Run("ingest", To2022);

        var (saveExit, _, saveOut, saveError) = cli.Run("claims", SeedArticle, "--save", "--method", "none");
        var (exit, _, output, error) = cli.Run("ingest", Bundled.ChinaRussia);

        Assert.True(saveExit == 0, saveError);
        Assert.Contains("saved 7 claim(s) of 000_87dd0651f91ea8c8.txt (2022-12-30), 0 already saved", saveOut, StringComparison.Ordinal);
        Assert.True(exit == 0, error);
        Assert.Contains("what changed (", output, StringComparison.Ordinal);
        // The registered $200bn-by-2024 target: the 2024 figures were not stored, now it was met in 2023-11.
        Assert.Contains("  target cn-ru-200bn-2024\n    verdict undetermined → met;", output, StringComparison.Ordinal);
        Assert.Contains("(after release 2 china_russia.csv)", output, StringComparison.Ordinal);
        // Putin's "ahead of schedule" claim of the article: not settled before, accurate now.
        Assert.Contains("verdict not verifiable → accurate", output, StringComparison.Ordinal);
        Assert.Contains("  target cn-ru-250bn-2024\n    verdict undetermined → missed;", output, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_same_article_is_saved_twice_then_its_claims_are_kept_once()
    {
        using var cli = Cli();
        cli.Run("ingest", To2022);

        var first = cli.Run("claims", Example, "--save", "--method", "none");
        var second = cli.Run("claims", Example, "--save", "--method", "none", "--format", "json");
        var (exit, _, output, _) = cli.Run("watch", "--format", "json");

        Assert.Contains("saved 4 claim(s) of claims-example.txt (2024-01-15), 0 already saved", first.Out, StringComparison.Ordinal);
        Assert.Contains("saved 0 claim(s) of claims-example.txt (2024-01-15), 4 already saved", second.Error, StringComparison.Ordinal);
        JsonDocument.Parse(second.Out).Dispose();
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal([1, 2, 3, 4], json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()));
        // Nothing was ingested since the save: nothing changed.
        Assert.Equal(0, json.RootElement.GetProperty("changed").GetInt32());
    }

    [Fact]
    public void When_another_source_is_given_then_the_same_text_is_another_article()
    {
        using var cli = Cli();
        cli.Run("ingest", To2022);

        cli.Run("claims", Example, "--save", "--method", "none");
        var (exit, _, output, _) = cli.Run("claims", Example, "--save", "--source", "https://example.org/copy", "--method", "none");

        Assert.Equal(0, exit);
        Assert.Contains("saved 4 claim(s) of https://example.org/copy (2024-01-15), 0 already saved", output, StringComparison.Ordinal);
    }

    [Fact]
    public void When_claims_are_checked_without_save_then_the_store_file_is_not_written()
    {
        using var cli = Cli();
        cli.Run("ingest", To2022);
        var before = Hash(cli.Database);

        var (exit, _, output, _) = cli.Run("claims", Example, "--method", "none");
        var after = Hash(cli.Database);
        var watch = cli.Run("watch", "--format", "json");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("saved", output, StringComparison.Ordinal);
        Assert.Equal(before, after);
        using var json = JsonDocument.Parse(watch.Out);
        Assert.Empty(json.RootElement.GetProperty("claims").EnumerateArray());
    }

    [Fact]
    public void When_watch_runs_without_saved_claims_then_it_says_so_judges_the_targets_and_records_them()
    {
        using var cli = Cli();
        cli.Run("ingest", To2022);

        var (exit, _, output, error) = cli.Run("watch");
        var (_, _, again, _) = cli.Run("watch", "--format", "json");

        Assert.True(exit == 0, error);
        Assert.Contains("no saved claims: 'turnover claims FILE --save' keeps an article's claims to judge them again", output, StringComparison.Ordinal);
        Assert.Contains("  target cn-ru-200bn-2024: undetermined", output, StringComparison.Ordinal);
        // A target's figure says what it is measured on: the figures end with 2022, four years before the day.
        Assert.Contains("  target cn-ru-300bn-2030: at-risk, figure $190.271 bn (12 months to 2022-12), probability ", output, StringComparison.Ordinal);
        Assert.Contains("Recorded: the next ingest or watch reports changes from these judgements.", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(again);
        var target = Assert.Single(json.RootElement.GetProperty("targets").EnumerateArray(), t => t.GetProperty("name").GetString() == "cn-ru-200bn-2024");
        Assert.Equal(("undetermined", "undetermined", false), (target.GetProperty("now").GetProperty("verdict").GetString(), target.GetProperty("before").GetProperty("verdict").GetString(), target.GetProperty("changed").GetBoolean()));
        // Under its probability, as under target check's: how often such probabilities came true in the backtest.
        var probability = target.GetProperty("now").GetProperty("probabilityPct").GetDecimal();
        var pooled = target.GetProperty("reliability").EnumerateArray().First();
        Assert.Equal("pooled", pooled.GetProperty("set").GetString());
        Assert.InRange(probability, pooled.GetProperty("fromPct").GetDecimal(), pooled.GetProperty("toPct").GetDecimal());
        var line = output.Split('\n').SkipWhile(l => !l.StartsWith("  target cn-ru-200bn-2024:", StringComparison.Ordinal)).Skip(1).First();
        Assert.StartsWith($"    in backtests, targets this method gave {pooled.GetProperty("fromPct").GetInt32()}–{pooled.GetProperty("toPct").GetInt32()}%", line, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_sum_targets_years_are_not_in_the_figures_yet_then_watch_gives_no_figure_for_it()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.UsChina);

        var (exit, _, output, error) = cli.Run("watch");

        Assert.True(exit == 0, error);
        // Phase One counts 2020-2021; the bundled US Census table ends in 2019: nothing is summed yet ("figure $0.000 bn").
        var line = Assert.Single(output.Split('\n'), l => l.StartsWith("  target us-cn-phase-one:", StringComparison.Ordinal));
        Assert.StartsWith("  target us-cn-phase-one: undetermined, probability ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("figure", line, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_store_watches_nothing_then_ingest_judges_nothing_again()
    {
        using var cli = Cli();

        var (exit, console, output, _) = cli.Run("ingest", To2022);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("changed", console + output, StringComparison.Ordinal);
    }

    [Fact]
    public void When_an_ingest_stores_no_new_release_then_it_judges_nothing_again()
    {
        using var cli = Cli();
        cli.Run("ingest", To2022);
        cli.Run("watch");

        var (exit, console, output, _) = cli.Run("ingest", To2022);
        var (_, _, changed, _) = cli.Run("ingest", Bundled.ChinaRussia);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("changed", console + output, StringComparison.Ordinal);
        Assert.Contains("what changed (", changed, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_release_a_target_was_met_on_is_retracted_then_retract_reports_what_changed_and_records_it()
    {
        using var cli = Cli();
        cli.Run("ingest", To2022);
        cli.Run("claims", Example, "--save", "--method", "none");
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, output, error) = cli.Run("release", "retract", "2", "--reason", "wrong file");
        var (_, _, watch, _) = cli.Run("watch", "--format", "json");

        Assert.True(exit == 0, error);
        Assert.Contains("release 2 retracted", console, StringComparison.Ordinal);
        Assert.Contains("what changed (", output, StringComparison.Ordinal);
        // Without release 2 the store again holds China's figures only up to 2022: met in 2023-11 no more.
        Assert.Contains("  target cn-ru-200bn-2024\n    verdict met → undetermined;", output, StringComparison.Ordinal);
        Assert.Contains("  target cn-ru-250bn-2024\n    verdict missed → undetermined;", output, StringComparison.Ordinal);
        // The judgements after the retraction were recorded: a watch right after finds nothing changed.
        using var json = JsonDocument.Parse(watch);
        Assert.Equal(0, json.RootElement.GetProperty("changed").GetInt32());
    }

    [Fact]
    public void When_a_store_watches_nothing_then_retract_judges_nothing_again()
    {
        using var cli = Cli();
        cli.Run("ingest", To2022);
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, output, _) = cli.Run("release", "retract", "2");

        Assert.Equal(0, exit);
        Assert.Contains("release 2 retracted", console, StringComparison.Ordinal);
        Assert.DoesNotContain("changed", console + output, StringComparison.Ordinal);
    }

    [Fact]
    public void When_standard_input_is_saved_without_a_source_then_it_is_refused_before_the_store_is_opened()
    {
        using var cli = Cli();
        using var input = new MemoryStream("Trade between China and Russia reached $240.1 billion in 2023."u8.ToArray());

        var (exit, _, _, error) = cli.RunWithInput(input, "claims", "-", "--save");

        Assert.Equal(1, exit);
        Assert.Contains("--save of standard input needs --source TEXT", error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.Database));
    }

    [Fact]
    public void When_the_watch_report_is_written_as_json_then_the_watch_contract_matches()
    {
        using var cli = Cli();
        cli.Run("ingest", To2022);
        cli.Run("claims", Example, "--save", "--method", "none");
        cli.Run("ingest", Bundled.ChinaRussia);

        // Nothing stored since the ingest judged them again: each entry's judgement is the one recorded.
        var (exit, _, output, _) = cli.Run("watch", "--format", "json");

        Assert.Equal(0, exit);
        Golden.VerifyFile(output, "Golden/watch.json");
    }

    private static CliRun Cli() => new(200, StoppedClock.On(s_today));

    private static string Hash(string path) => File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) : string.Empty;
}
