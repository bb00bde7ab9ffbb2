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

    [Fact]
    public void When_the_product_lines_of_a_wind_export_are_backtested_then_each_is_an_imports_series_scored_alone()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);
        Assert.Equal(0, cli.Run("ingest", s_russiaWind).Exit);

        var (exit, _, output, error) = cli.Run("backtest", "--targets", "--products-only", "--methods", "snaive", "--years", "1", "--growth", "0", "--paths", "200", "--format", "json");

        Assert.Equal((0, string.Empty), (exit, error));
        using var json = JsonDocument.Parse(output);
        var series = json.RootElement.GetProperty("series").EnumerateArray().ToDictionary(s => s.GetProperty("series").GetString()!, s => s.GetProperty("originYears").EnumerateArray().Select(y => y.GetInt32()).ToList());
        // China's crude oil imports from Russia, months from 1995-04 (zero-filled before): Decembers 2000 to 2021 (2022 the last judged year).
        Assert.Equal(Enumerable.Range(2000, 22), series["CHN:RUS (Gacc) HS 2709 imports"]);
        Assert.All(series.Keys, name => Assert.Matches(@"^CHN:(RUS|W00) \(Gacc\) HS \d+ imports$", name));
        Assert.DoesNotContain("KOR:CHN (Kosis) turnover", series.Keys);
        // One growth rate and one horizon: one target and one annual total per origin.
        var method = Assert.Single(json.RootElement.GetProperty("methods").EnumerateArray());
        Assert.Equal(series.Values.Sum(o => o.Count), method.GetProperty("all").GetProperty("targets").GetInt32());
        Assert.Equal(series.Values.Sum(o => o.Count), method.GetProperty("horizons")[0].GetProperty("annualTotals").GetInt32());
    }

    [Fact]
    public void When_products_are_added_to_the_pairs_then_both_are_pooled_and_the_heading_says_so()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);
        Assert.Equal(0, cli.Run("ingest", s_russiaWind).Exit);

        var (exit, console, _, error) = cli.Run([.. s_slice, "--products"]);

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("Target backtest (turnover; product lines)", console, StringComparison.Ordinal);
        Assert.Contains("KOR:CHN (Kosis) turnover: origins 2002–2018 (17)", console, StringComparison.Ordinal);
        Assert.Contains("CHN:RUS (Gacc) HS 2709 imports: origins 2000–2021 (22)", console, StringComparison.Ordinal);
    }

    [Fact]
    public void When_products_are_asked_of_the_point_backtest_then_it_is_refused()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, _, error) = cli.Run("backtest", "KOR:CHN", "--products");

        Assert.Equal(1, exit);
        Assert.Contains("--products and --products-only are for the target mode (--targets)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_stability_is_asked_for_then_it_is_also_given_by_month_of_the_year_and_the_months_add_up_to_the_pooled_counts()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, output, _) = cli.Run([.. s_slice, "--format", "json", "--stability"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var method = Assert.Single(json.RootElement.GetProperty("methods").EnumerateArray());
        var byMonth = method.GetProperty("stabilityByMonth").EnumerateArray().ToList();
        // January to November of each year after an origin (December starts the next origin).
        Assert.Equal(Enumerable.Range(1, 11), byMonth.Select(m => m.GetProperty("month").GetInt32()));
        Assert.All(byMonth, m => Assert.Equal("KOR:CHN (Kosis) turnover", m.GetProperty("series").GetString()));
        var pooled = method.GetProperty("stability").EnumerateArray().Single(s => s.GetProperty("fromYears").GetInt32() == 1 && s.GetProperty("toYears").GetInt32() == 2);
        Assert.Equal(pooled.GetProperty("changes").GetInt32(), byMonth.Sum(m => m.GetProperty("changes").GetInt32()));
        Assert.True(byMonth.Sum(m => m.GetProperty("changesAllMonths").GetInt32()) >= pooled.GetProperty("changes").GetInt32());
    }

    [Fact]
    public void When_the_lunar_new_year_is_asked_for_then_the_settings_say_so_and_korea_china_is_scored_on_the_adjusted_series()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var plain = cli.Run([.. s_slice, "--format", "json"]);
        var adjusted = cli.Run([.. s_slice, "--format", "json", "--lunar-new-year"]);
        var refused = cli.Run("backtest", "KOR:CHN", "--lunar-new-year");

        Assert.Equal((0, 0), (plain.Exit, adjusted.Exit));
        using var json = JsonDocument.Parse(adjusted.Out);
        Assert.True(json.RootElement.GetProperty("settings").GetProperty("lunarNewYear").GetBoolean());
        // Seasonal naive repeats last year's January and February: adjusted, they carry the new year's holiday date.
        Assert.NotEqual(Methods(plain.Out), Methods(adjusted.Out));
        Assert.Equal(1, refused.Exit);
        Assert.Contains("--lunar-new-year is for the target mode (--targets)", refused.Error, StringComparison.Ordinal);

        static string Methods(string output)
        {
            using var document = JsonDocument.Parse(output);
            return document.RootElement.GetProperty("methods").GetRawText();
        }
    }

    [Fact]
    public void When_the_paths_are_widened_then_the_intervals_hold_more_totals_and_a_factor_of_one_changes_nothing()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var plain = Scores(cli.Run([.. s_slice, "--format", "json"]).Out);
        var same = Scores(cli.Run([.. s_slice, "--widen", "1", "--format", "json"]).Out);
        var wide = Scores(cli.Run([.. s_slice, "--widen", "3", "1.5", "--format", "json"]).Out);

        Assert.Equal("Seasonal naive, widened", same.Method);
        Assert.Equal(plain.Horizons, same.Horizons);
        // Seasonal naive's intervals are far too narrow (its printed width factors are above 1): three times as wide
        // one year ahead, one and a half two years ahead, they hold more of the actual totals.
        Assert.All(plain.Factors, f => Assert.True(f > 1, $"factor {f}"));
        Assert.All(plain.Horizons.Zip(wide.Horizons), p => Assert.True(p.Second.Cover80 > p.First.Cover80 && p.Second.Cover95 >= p.First.Cover95, $"{p.First} → {p.Second}"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void When_a_width_factor_is_not_positive_then_it_is_refused(string factor)
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, _, error) = cli.Run([.. s_slice, "--widen", "1", factor]);

        Assert.Equal(1, exit);
        Assert.Contains($"--widen {factor} should be a positive factor", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_widening_is_asked_of_the_point_backtest_then_it_is_refused()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, _, error) = cli.Run("backtest", "KOR:CHN", "--widen", "1.2");

        Assert.Equal(1, exit);
        Assert.Contains("--widen is for the target mode (--targets)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_own_widths_are_asked_then_each_method_is_also_scored_with_them()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, output, _) = cli.Run([.. s_slice, "--own-widths", "--format", "json"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(
            ["Seasonal naive", "Seasonal naive, own-error widths"],
            json.RootElement.GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("method").GetString()));
    }

    [Fact]
    public void When_ets_and_drift_are_asked_then_both_mixtures_are_scored_after_the_methods()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, output, _) = cli.Run([.. s_slice, "--ets-drift", "--format", "json"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(
            ["Seasonal naive", "ETS (AICc-weighted) and drift", "ETS (AICc-weighted) and drift (seasonally adjusted)"],
            json.RootElement.GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("method").GetString()));
    }

    [Fact]
    public void When_own_mixture_weights_are_asked_then_both_mixtures_weighted_per_series_are_scored_after_the_methods()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, output, _) = cli.Run([.. s_slice, "--own-mix", "--format", "json"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(
            ["Seasonal naive", "ETS (AICc-weighted) and drift, own weights", "ETS (AICc-weighted) and drift (seasonally adjusted), own weights"],
            json.RootElement.GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("method").GetString()));
    }

    [Fact]
    public void When_own_mixture_weights_are_asked_beside_the_ets_drift_method_then_that_mixture_is_scored_once()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, output, _) = cli.Run([.. s_slice, "--methods", "ets-drift", "--own-mix", "--format", "json"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(
            ["Seasonal naive", "ETS (AICc-weighted) and drift, own weights", "ETS (AICc-weighted) and drift (seasonally adjusted), own weights"],
            json.RootElement.GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("method").GetString()));
    }

    [Fact]
    public void When_held_out_widths_are_asked_then_the_default_mixture_is_scored_with_them_and_with_its_centre_moved()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, output, _) = cli.Run([.. s_slice, "--methods", "ets-drift", "--own-mix-widths", "--format", "json"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var methods = json.RootElement.GetProperty("methods").EnumerateArray().ToList();
        Assert.Equal(
            ["Seasonal naive", "ETS (AICc-weighted) and drift, own weights", "ETS (AICc-weighted) and drift, own weights, held-out widths", "ETS (AICc-weighted) and drift, own weights, held-out widths by side", "ETS (AICc-weighted) and drift, own weights, held-out centre", "ETS (AICc-weighted) and drift, own weights, held-out centre and widths"],
            methods.Select(m => m.GetProperty("method").GetString()));
        // Korea-China's own earlier origins give factors other than 1: the widened rows state other probabilities.
        var briers = methods.Skip(1).Select(m => m.GetProperty("all").GetProperty("brier").GetDecimal()).ToList();
        Assert.NotEqual(briers[0], briers[1]);
        Assert.NotEqual(briers[1], briers[2]);
        Assert.NotEqual(briers[0], briers[3]);
    }

    [Fact]
    public void When_monthly_weights_are_asked_then_they_are_scored_beside_the_default_and_at_decembers_they_agree()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, output, _) = cli.Run([.. s_slice, "--methods", "ets-drift", "--monthly-weights", "--format", "json"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var methods = json.RootElement.GetProperty("methods").EnumerateArray().ToList();
        Assert.Equal(
            ["Seasonal naive", "ETS (AICc-weighted) and drift, own weights", "ETS (AICc-weighted) and drift, own weights, refitted every month"],
            methods.Select(m => m.GetProperty("method").GetString()));
        // Every origin is a December, a year end: both take their weights on the same months, so state the same.
        Assert.Equal(methods[1].GetProperty("all").GetRawText(), methods[2].GetProperty("all").GetRawText());
    }

    [Fact]
    public void When_drift_s_year_level_is_asked_then_it_is_scored_beside_the_default_and_states_other_probabilities()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, output, _) = cli.Run([.. s_slice, "--methods", "ets-drift", "--drift-year-level", "--format", "json"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var methods = json.RootElement.GetProperty("methods").EnumerateArray().ToList();
        Assert.Equal(
            ["Seasonal naive", "ETS (AICc-weighted) and drift, own weights", "ETS (AICc-weighted) and drift (year level), own weights"],
            methods.Select(m => m.GetProperty("method").GetString()));
        // At a December drift's plain start is that December's figure, its year level the year's mean: other paths,
        // other probabilities on the same targets.
        var all = methods.Skip(1).Select(m => m.GetProperty("all")).ToList();
        Assert.Equal(all[0].GetProperty("targets").GetInt32(), all[1].GetProperty("targets").GetInt32());
        Assert.NotEqual(all[0].GetProperty("brier").GetDecimal(), all[1].GetProperty("brier").GetDecimal());
    }

    [Fact]
    public void When_drift_s_regime_growth_is_asked_then_it_is_scored_beside_the_default_and_states_other_probabilities()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, output, _) = cli.Run([.. s_slice, "--methods", "ets-drift", "--regime-drift", "--format", "json"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var methods = json.RootElement.GetProperty("methods").EnumerateArray().ToList();
        Assert.Equal(
            ["Seasonal naive", "ETS (AICc-weighted) and drift, own weights", "ETS (AICc-weighted) and drift (regime growth), own weights"],
            methods.Select(m => m.GetProperty("method").GetString()));
        // Korea–China's three-year growth has not been one rate: drift's paths draw other growths, so the same targets
        // get other probabilities.
        var all = methods.Skip(1).Select(m => m.GetProperty("all")).ToList();
        Assert.Equal(all[0].GetProperty("targets").GetInt32(), all[1].GetProperty("targets").GetInt32());
        Assert.NotEqual(all[0].GetProperty("brier").GetDecimal(), all[1].GetProperty("brier").GetDecimal());
    }

    [Fact]
    public void When_drift_on_the_log_scale_is_asked_then_it_is_scored_beside_the_default_and_states_other_probabilities()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, output, _) = cli.Run([.. s_slice, "--methods", "ets-drift", "--drift-log-scale", "--format", "json"]);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var methods = json.RootElement.GetProperty("methods").EnumerateArray().ToList();
        Assert.Equal(
            ["Seasonal naive", "ETS (AICc-weighted) and drift, own weights", "ETS (AICc-weighted) and drift (log scale), own weights", "ETS (AICc-weighted) and drift (seasonally adjusted, log scale), own weights"],
            methods.Select(m => m.GetProperty("method").GetString()));
        // Korea–China grew from 2000 on: compound growth from the logarithms states other probabilities on the same
        // targets, and again without the season's swings.
        var all = methods.Skip(1).Select(m => m.GetProperty("all")).ToList();
        Assert.All(all, a => Assert.Equal(all[0].GetProperty("targets").GetInt32(), a.GetProperty("targets").GetInt32()));
        Assert.Equal(3, all.Select(a => a.GetProperty("brier").GetDecimal()).Distinct().Count());
    }

    [Fact]
    public void When_cross_calibration_is_asked_then_each_correction_is_learnt_from_the_other_pair_and_scored_with_its_eras()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);
        cli.Run("ingest", Bundled.UsChina);

        var (exit, _, output, error) = cli.Run("backtest", "KOR:CHN", "USA:CHN", "--targets", "--methods", "snaive", "--years", "2", "--growth", "0", "10", "--paths", "200", "--cross-calibration", "--format", "json");

        Assert.Equal((0, string.Empty), (exit, error));
        using var json = JsonDocument.Parse(output);
        var methods = json.RootElement.GetProperty("methods").EnumerateArray().ToDictionary(m => m.GetProperty("method").GetString()!, m => m.GetProperty("all"));
        Assert.Equal(
            ["Seasonal naive", "Seasonal naive (origins before 2008)", "Seasonal naive (origins 2008 on)", "Seasonal naive, cross widths"],
            methods.Keys.Take(4));
        Assert.Contains("Seasonal naive, cross binned map", methods.Keys);
        Assert.Contains("Seasonal naive, cross logistic map, any year (diagnostic: sees later outcomes)", methods.Keys);
        Assert.Contains("Seasonal naive, cross centre", methods.Keys);
        Assert.Contains("Seasonal naive, cross centre, last 3 years", methods.Keys);
        Assert.Contains("Seasonal naive, cross centre and widths", methods.Keys);
        Assert.Contains("Seasonal naive, cross centre, any year (diagnostic: sees later outcomes)", methods.Keys);
        // The eras split the targets; seasonal naive's too-narrow intervals, learnt from the other pair, are widened
        // and its probabilities remapped: other scores than as stated.
        int Targets(string name) => methods[name].GetProperty("targets").GetInt32();
        Assert.Equal(Targets("Seasonal naive"), Targets("Seasonal naive (origins before 2008)") + Targets("Seasonal naive (origins 2008 on)"));
        decimal Brier(string name) => methods[name].GetProperty("brier").GetDecimal();
        Assert.NotEqual(Brier("Seasonal naive"), Brier("Seasonal naive, cross widths"));
        Assert.NotEqual(Brier("Seasonal naive"), Brier("Seasonal naive, cross logistic map"));
        Assert.NotEqual(Brier("Seasonal naive"), Brier("Seasonal naive, cross centre"));
        decimal Cover(string name) => methods[name].GetProperty("coverage80Pct").GetDecimal();
        Assert.True(Cover("Seasonal naive, cross widths") > Cover("Seasonal naive"));
    }

    [Fact]
    public void When_cases_are_split_by_history_then_each_band_holds_the_origins_with_that_many_years_before_them()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, output, error) = cli.Run([.. s_slice, "--by-history", "--format", "json"]);

        Assert.Equal((0, string.Empty), (exit, error));
        using var json = JsonDocument.Parse(output);
        var targets = json.RootElement.GetProperty("methods").EnumerateArray().ToDictionary(m => m.GetProperty("method").GetString()!, m => m.GetProperty("all").GetProperty("targets").GetInt32());
        // Months from 2001: the origin 2002 has two years of history, 2005 five, 2010 ten. Four targets an origin
        // (two horizons × two growths), two at 2018 (one judged year). No origin from 2008 on has under five years.
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["Seasonal naive"] = 66,
                ["Seasonal naive (history under 5 years)"] = 12,
                ["Seasonal naive (history 5–9 years)"] = 20,
                ["Seasonal naive (history 10 years on)"] = 34,
                ["Seasonal naive (origins before 2008, history under 5 years)"] = 12,
                ["Seasonal naive (origins before 2008, history 5–9 years)"] = 12,
                ["Seasonal naive (origins 2008 on, history 5–9 years)"] = 8,
                ["Seasonal naive (origins 2008 on, history 10 years on)"] = 34,
            },
            targets);
    }

    [Fact]
    public void When_the_history_split_is_asked_with_cross_calibration_then_it_is_refused()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, _, error) = cli.Run([.. s_slice, "--by-history", "--cross-calibration"]);

        Assert.Equal(1, exit);
        Assert.Contains("ask for one at a time", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--cross-calibration")]
    [InlineData("--by-history")]
    [InlineData("--estimated-parameters")]
    [InlineData("--own-mix-widths")]
    [InlineData("--monthly-weights")]
    [InlineData("--drift-year-level")]
    [InlineData("--drift-log-scale")]
    [InlineData("--regime-drift")]
    [InlineData("--own-widths")]
    [InlineData("--own-choice")]
    [InlineData("--ets-drift-spread")]
    [InlineData("--ets-drift")]
    [InlineData("--own-mix")]
    public void When_a_calibration_candidate_is_asked_of_the_point_backtest_then_it_is_refused(string option)
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, _, error) = cli.Run("backtest", "KOR:CHN", option);

        Assert.Equal(1, exit);
        Assert.Contains($"{option} is for the target mode (--targets)", error, StringComparison.Ordinal);
    }

    /// <summary>The one method's name, per-horizon coverage and Brier score, and its width factors.</summary>
    private static (string Method, List<(decimal Cover80, decimal Cover95, decimal Brier)> Horizons, List<decimal> Factors) Scores(string output)
    {
        using var json = JsonDocument.Parse(output);
        var method = Assert.Single(json.RootElement.GetProperty("methods").EnumerateArray());
        var horizons = method.GetProperty("horizons").EnumerateArray().ToList();
        return (
            method.GetProperty("method").GetString()!,
            [.. horizons.Select(h => (h.GetProperty("coverage80Pct").GetDecimal(), h.GetProperty("coverage95Pct").GetDecimal(), h.GetProperty("brier").GetDecimal()))],
            [.. horizons.Select(h => h.GetProperty("widthFactor").GetDecimal())]);
    }

    private static readonly string s_russiaWind = RepoPaths.Data("products", "crea_china_customs_fossil_imports_from_russia_monthly_1995-2023-02.csv");

    private static CliRun Cli() => new(200, StoppedClock.On(new DateOnly(2026, 11, 28)));
}
