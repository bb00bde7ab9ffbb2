using System.Text.Json;
using System.Text.RegularExpressions;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>
/// <c>turnover backtest --targets</c> on a slice of the bundled Korea–China series (seasonal naive, two horizons, two
/// growth rates, few paths): fast enough for CI; the full run over every method is documented in the README.
/// </summary>
public sealed class BacktestTargetsCommandTests
{
    private static readonly string[] s_slice = ["backtest", "KOR:CHN", "--targets", "--methods", "snaive", "--years", "2", "--growth", "0", "10", "--paths", "200"];

    [Fact]
    public void When_korea_china_targets_are_backtested_as_json_then_every_december_is_an_origin_and_the_counts_add_up()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, output, error) = cli.Run([.. s_slice, "--format", "json"]);

        Assert.Equal((0, string.Empty), (exit, error));
        Golden.VerifyFile(output, "Golden/backtest-targets.json");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("turnover.backtest-targets/1", root.GetProperty("contract").GetString());
        // Months from 2001-01: Decembers 2002 (24 months) to 2018 (2019 the last judged year).
        var series = Assert.Single(root.GetProperty("series").EnumerateArray());
        Assert.Equal("KOR:CHN (Kosis) turnover", series.GetProperty("series").GetString());
        Assert.Equal(Enumerable.Range(2002, 17), series.GetProperty("originYears").EnumerateArray().Select(y => y.GetInt32()));
        var method = Assert.Single(root.GetProperty("methods").EnumerateArray());
        var horizons = method.GetProperty("horizons").EnumerateArray().ToList();
        // Two growth rates per origin; 2018 has no second year to judge.
        Assert.Equal([34, 32], horizons.Select(h => h.GetProperty("targets").GetInt32()));
        Assert.Equal([17, 16], horizons.Select(h => h.GetProperty("annualTotals").GetInt32()));
        Assert.Equal(66, method.GetProperty("all").GetProperty("targets").GetInt32());
        Assert.Equal(66, method.GetProperty("reliability").EnumerateArray().Sum(b => b.GetProperty("targets").GetInt32()));
        Assert.InRange(method.GetProperty("all").GetProperty("brier").GetDecimal(), 0m, 1m);
    }

    [Fact]
    public void When_the_targets_are_printed_as_a_table_then_scores_by_horizon_and_the_reliability_bins_are_shown()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, console, _, error) = cli.Run(s_slice);

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("KOR:CHN (Kosis) turnover: origins 2002–2018 (17)", console, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"│ Seasonal naive +│ 1–2 +│ 66 "), console);
        Assert.Contains("│ stated", console, StringComparison.Ordinal);
        Assert.Contains("Reliability: targets by stated probability", console, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--horizon", "--horizon is for the point backtest")]
    [InlineData("--origins", "--origins is for the point backtest")]
    public void When_a_point_backtest_option_is_given_with_targets_then_it_is_refused(string option, string message)
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, _, error) = cli.Run([.. s_slice, option, "3"]);

        Assert.Equal(1, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_json_is_asked_of_the_point_backtest_then_it_is_refused()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, _, error) = cli.Run("backtest", "KOR:CHN", "--format", "json");

        Assert.Equal(1, exit);
        Assert.Contains("JSON is written by the target mode (--targets)", error, StringComparison.Ordinal);
    }

    private static CliRun Cli() => new(200, StoppedClock.On(new DateOnly(2026, 11, 28)));
}
