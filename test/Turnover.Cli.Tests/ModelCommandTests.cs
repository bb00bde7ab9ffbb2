using System.Text.Json;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

public sealed class ModelCommandTests
{
    [Fact]
    public void When_the_article_day_is_checked_with_a_model_then_probabilities_come_from_the_simulated_paths()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, _, output, _) = cli.Run(
            "target", "check", "cn-ru-200bn-2024", "--as-of", "2022-12-30", "--targets", RepoPaths.Data("targets.json"), "--method", "ets", "--paths", "400", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var model = json.RootElement.GetProperty("checks")[0].GetProperty("reports")[0].GetProperty("model");
        Assert.StartsWith("ETS(", model.GetProperty("method").GetString(), StringComparison.Ordinal);
        Assert.Equal(400, model.GetProperty("paths").GetInt32());
        var byYear = model.GetProperty("crossingByYear").EnumerateArray().Select(y => (y.GetProperty("year").GetInt32(), y.GetProperty("sharePct").GetDouble())).ToList();
        Assert.Equal([2022, 2023, 2024], byYear.Select(y => y.Item1));
        Assert.Equal(0, byYear[0].Item2); // Jan–Nov 2022 was 172.4 bn: December alone cannot add 27.6 bn
        Assert.True(byYear[1].Item2 <= byYear[2].Item2);
        Assert.Equal(byYear[2].Item2, model.GetProperty("probabilityPct").GetDouble(), 4);
        var p10 = model.GetProperty("deadlineP10Usd").GetDecimal();
        Assert.True(p10 > 0 && p10 < model.GetProperty("deadlineMedianUsd").GetDecimal() && model.GetProperty("deadlineMedianUsd").GetDecimal() < model.GetProperty("deadlineP90Usd").GetDecimal());
    }

    [Fact]
    public void When_the_same_check_runs_twice_then_the_seeded_paths_give_the_same_probability()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);
        string[] args = ["target", "check", "cn-ru-300bn-2030", "--targets", RepoPaths.Data("targets.json"), "--as-of", "2025-02-01", "--method", "theta", "--paths", "300", "--format", "json"];

        var first = cli.Run(args).Out;
        var second = cli.Run(args).Out;

        Assert.Equal(first, second);
        using var json = JsonDocument.Parse(first);
        Assert.Equal("2024", json.RootElement.GetProperty("checks")[0].GetProperty("reports")[0].GetProperty("latestYear").GetProperty("year").GetRawText());
    }

    [Fact]
    public void When_backtesting_a_stored_pair_then_each_method_gets_accuracy_and_coverage()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, console, _, _) = cli.Run("backtest", "KOR:CHN", "--horizon", "6", "--origins", "3", "--methods", "snaive", "drift", "--paths", "200");

        Assert.Equal(0, exit);
        Assert.Contains("Rolling-origin backtest: horizon 6 steps, 3 origins", console, StringComparison.Ordinal);
        Assert.Matches(@"│ KOR:CHN \(Kosis\) │ Seasonal naive │ 3\s+│ 18\s+│ \d\.\d{3} │", console);
        Assert.Matches(@"│ KOR:CHN \(Kosis\) │ Drift\s+│ 3\s+│ 18\s+│", console);
    }

    [Fact]
    public void When_a_backtest_names_an_unknown_method_then_it_says_which_exist()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, _, error) = cli.Run("backtest", "KOR:CHN", "--methods", "prophet");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: unknown method 'prophet' (expected ets,", error, StringComparison.Ordinal);
    }
}
