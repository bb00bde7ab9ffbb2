using Turnover.Analytics.Forecasting;
using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>Drift whose growth is drawn per path from the series' own three-year growth rates (<see cref="DriftForecaster.RegimeGrowth"/>; issue 11).</summary>
public sealed class RegimeGrowthDriftTests
{
    private static readonly ForecastOptions s_options = new() { Paths = 2000 };

    private static readonly DriftForecaster s_regime = new() { RegimeGrowth = true };

    private static readonly DriftForecaster s_plain = new();

    /// <summary>
    /// Twelve years of months, a season times a level growing by <paramref name="firstRate"/> a month for six years and
    /// by <paramref name="secondRate"/> after, times seeded noise of 4% (a test construction).
    /// </summary>
    private static ModelSeries Regimes(double firstRate, double secondRate, int seed)
    {
        var random = new Random(seed);
        double[] season = [0.9, 0.8, 1.0, 1.0, 1.05, 1.0, 1.05, 1.1, 1.0, 1.05, 1.0, 1.05];
        var level = 100.0;
        var values = new double?[144];
        for (var t = 0; t < values.Length; t++)
        {
            level *= Math.Exp(t < 72 ? firstRate : secondRate);
            values[t] = level * season[t % 12] * Math.Exp(0.04 * TestSeries.Normal(random));
        }

        return TestSeries.Of(12, values);
    }

    [Fact]
    public void When_a_series_grows_at_one_rate_exactly_then_every_path_is_plain_drifts()
    {
        var series = TestSeries.Of(12, [.. Enumerable.Range(0, 96).Select(t => (double?)(100 * Math.Exp(0.01 * t)))]);

        var regime = s_regime.Forecast(series, 36, s_options);
        var plain = s_plain.Forecast(series, 36, s_options);

        // Every three-year rate of the twelve-month sums is the whole history's: no deviation to draw.
        Assert.Equal(plain.Mean, regime.Mean);
        Assert.All(regime.Paths.Zip(plain.Paths), pair => Assert.Equal(pair.Second, pair.First, (a, b) => Math.Abs(a - b) <= 1e-9 * Math.Abs(b)));
        Assert.Equal("Drift (regime growth)", s_regime.Name);
    }

    [Fact]
    public void When_a_noisy_series_grows_at_one_rate_then_the_quantiles_are_plain_drifts_within_a_few_percent()
    {
        var series = Regimes(0.01, 0.01, seed: 5);

        var regime = s_regime.Forecast(series, 36, s_options);
        var plain = s_plain.Forecast(series, 36, s_options);

        foreach (var q in new[] { 0.05, 0.5, 0.95 })
        {
            var (r, p) = (regime.Quantile(35, q), plain.Quantile(35, q));
            Assert.True(Math.Abs(r - p) <= 0.03 * p, $"q{q}: regime {r}, plain {p}");
        }
    }

    [Fact]
    public void When_the_history_holds_a_boom_and_a_standstill_then_the_upper_tail_is_wider_than_plain_drifts()
    {
        var series = Regimes(0.03, 0.0, seed: 7);

        var regime = s_regime.Forecast(series, 36, s_options);
        var plain = s_plain.Forecast(series, 36, s_options);

        // Three years ahead: a boom's growth (3% a month) is among the rates drawn, so the 95th percentile reaches
        // well above plain drift's, whose growth is one average step.
        var (median, high, plainMedian, plainHigh) = (regime.Quantile(35, 0.5), regime.Quantile(35, 0.95), plain.Quantile(35, 0.5), plain.Quantile(35, 0.95));
        Assert.True(high - median > 1.5 * (plainHigh - plainMedian), $"95th − median: regime {high - median}, plain {plainHigh - plainMedian}");
        Assert.Equal(plain.Mean, regime.Mean);
    }

    [Fact]
    public void When_the_rates_are_known_then_the_deviations_are_shrunk_by_the_windows_and_held_within_ln_2_a_year()
    {
        // An annual series (cycle of one step, window of three): ln y = 0, 0, 0, 0, 3, 6, 9. Rates over three steps:
        // 0, 1, 2, 3 a step; the whole history's 9 / 6 = 1.5; two disjoint windows, so w = 2 / (2 + 2) = ½.
        var values = new[] { 0.0, 0, 0, 0, 3, 6, 9 }.Select(Math.Exp).ToArray();
        var data = SeriesData.From(TestSeries.Of(1, [.. values.Select(v => (double?)v)]));

        var deviations = RegimeGrowthDraws.Deviations(data);

        // ½ · (−1.5, −0.5, 0.5, 1.5), the outer two held at ±ln 2.
        Assert.Equal([-Math.Log(2), -0.25, 0.25, Math.Log(2)], deviations, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void When_the_series_holds_no_three_year_window_then_it_is_plain_drift()
    {
        var series = TestSeries.Of(12, [.. Enumerable.Range(0, 47).Select(t => (double?)(100 + (10 * Math.Sin(t)) + t))]);

        var regime = s_regime.Forecast(series, 12, s_options);
        var plain = s_plain.Forecast(series, 12, s_options);

        // 47 months: the first twelve-month sum ends at the 12th month, the last at the 47th, 35 steps apart: no window.
        Assert.Empty(RegimeGrowthDraws.Deviations(SeriesData.From(series)));
        Assert.All(regime.Paths.Zip(plain.Paths), pair => Assert.Equal(pair.Second, pair.First));
    }
}
