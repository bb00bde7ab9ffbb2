using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>Geometric drift: drift on the logarithms, raised back (<see cref="DriftForecaster.LogScale"/>, R's rwf(lambda = 0, drift = TRUE)).</summary>
public sealed class LogScaleDriftTests
{
    private static readonly ForecastOptions s_options = new() { Paths = 2000 };

    private static readonly DriftForecaster s_logDrift = new() { LogScale = true };

    /// <summary>100 · 1.02^t for t = 0..29: growth of 2% a step exactly (a test construction).</summary>
    private static double?[] Geometric() => [.. Enumerable.Range(0, 30).Select(t => (double?)(100 * Math.Pow(1.02, t)))];

    [Fact]
    public void When_the_series_grows_by_a_constant_rate_then_the_forecast_and_every_path_compound_it_exactly()
    {
        var forecast = s_logDrift.Forecast(TestSeries.Of(1, Geometric()), 6, s_options);
        var linear = new DriftForecaster().Forecast(TestSeries.Of(1, Geometric()), 6, s_options);

        // Every log step is ln 1.02: the slope is ln 1.02, the steps' spread zero, so each path is the point forecast.
        var expected = Enumerable.Range(30, 6).Select(t => 100 * Math.Pow(1.02, t)).ToArray();
        Assert.Equal(expected, forecast.Mean, (a, b) => Math.Abs(a - b) < 1e-9 * b);
        Assert.All(forecast.Paths, p => Assert.Equal(expected, p, (a, b) => Math.Abs(a - b) < 1e-9 * b));
        // Drift on the values adds the average step, (last − first)/29, and falls behind the compounding.
        Assert.True(linear.Mean[5] < expected[5] - 1, $"linear {linear.Mean[5]} against {expected[5]}");
        Assert.Equal("Drift (log scale)", s_logDrift.Name);
        Assert.Equal(ForecastMethod.Drift, forecast.Method);
    }

    [Fact]
    public void When_a_month_is_missing_then_the_walk_steps_over_it_and_still_compounds_exactly()
    {
        var values = Geometric();
        values[10] = null;

        var forecast = s_logDrift.Forecast(TestSeries.Of(1, values), 3, s_options);

        Assert.Equal(Enumerable.Range(30, 3).Select(t => 100 * Math.Pow(1.02, t)), forecast.Mean, (a, b) => Math.Abs(a - b) < 1e-9 * b);
    }

    [Fact]
    public void When_the_steps_are_noisy_then_the_spread_is_proportional_to_the_level_and_the_point_forecast_is_the_paths_median()
    {
        var series = TestSeries.NoisySeasonal(years: 8, seed: 3, seasonLength: 1);

        var forecast = s_logDrift.Forecast(series, 24, s_options);

        // On the log scale the paths are Gaussian: the 90th percentile is as many times the median as the median is
        // the 10th's (drift on the values would put them as many units apart instead, and could reach zero).
        var (low, median, high) = (forecast.Quantile(23, 0.1), forecast.Quantile(23, 0.5), forecast.Quantile(23, 0.9));
        Assert.Equal(Math.Log(high / median), Math.Log(median / low), 0.05 * Math.Log(high / low));
        Assert.Equal(forecast.Mean[23], median, 0.05 * median);
        Assert.True(high - median > 1.2 * (median - low), $"10/50/90%: {low}, {median}, {high}");
        Assert.All(forecast.Paths, p => Assert.All(p, v => Assert.True(v > 0)));
    }

    [Fact]
    public void When_a_month_is_zero_then_it_is_drift_on_the_values_with_a_note()
    {
        var values = Geometric();
        values[12] = 0;
        var series = TestSeries.Of(1, values);

        var log = s_logDrift.Forecast(series, 4, s_options);
        var linear = new DriftForecaster().Forecast(series, 4, s_options);

        Assert.Equal(linear.Mean, log.Mean);
        Assert.Equal(linear.Paths.SelectMany(p => p), log.Paths.SelectMany(p => p));
        Assert.Contains(log.Notes, n => n.Kind == ForecastNoteKind.NonPositiveValues);
    }

    [Fact]
    public void When_a_series_jumps_between_dollars_and_millions_then_its_paths_stay_below_the_ceiling()
    {
        // A sporadic supplier: log steps of ±ln 10⁶ put the log-normal tails six years ahead far past any decimal total
        // (and the lower tail below the smallest double, read as zero).
        var series = TestSeries.Of(1, [.. Enumerable.Range(0, 36).Select(t => (double?)(t % 2 == 0 ? 3 : 3e6))]);

        var forecast = s_logDrift.Forecast(series, 72, s_options);

        Assert.All(forecast.Paths, p => Assert.All(p, v => Assert.True(double.IsFinite(v) && v >= 0 && v <= 3e6 * 1e6 * (1 + 1e-12), $"{v}")));
        Assert.Contains(forecast.Paths, p => p[^1] > 3e6 * 1e6 * 0.999);
    }

    [Fact]
    public void When_the_series_is_seasonal_and_adjusted_then_the_log_steps_leave_out_the_season_and_the_growth_compounds()
    {
        // Six years of quarters: 100 · 1.03^t times the factors 0.8, 1.2, 0.9, 1.1 (a test construction).
        double[] factors = [0.8, 1.2, 0.9, 1.1];
        var series = TestSeries.Of(4, [.. Enumerable.Range(0, 24).Select(t => (double?)(100 * Math.Pow(1.03, t) * factors[t % 4]))]);
        var adjusted = new DriftForecaster { SeasonallyAdjusted = true, LogScale = true };

        var forecast = adjusted.Forecast(series, 8, s_options);
        var unadjusted = s_logDrift.Forecast(series, 8, s_options);

        // A year on, each quarter is 1.03⁴ times the same quarter (the classical figures are estimated, hence the
        // tolerance); unadjusted, the swings of ±30% between quarters are read as log shocks and widen the paths.
        Assert.All(Enumerable.Range(0, 4), q => Assert.Equal(Math.Pow(1.03, 4), forecast.Mean[q + 4] / forecast.Mean[q], 0.01));
        Assert.Equal(1.2 / 0.8 * 1.03, forecast.Mean[1] / forecast.Mean[0], 0.05);
        Assert.True(Spread(forecast, 7) < Spread(unadjusted, 7) / 5, $"adjusted {Spread(forecast, 7)}, unadjusted {Spread(unadjusted, 7)}");
        Assert.Equal("Drift (seasonally adjusted, log scale)", adjusted.Name);
    }

    private static double Spread(Forecast forecast, int step) => Math.Log(forecast.Quantile(step, 0.9) / forecast.Quantile(step, 0.1));
}
