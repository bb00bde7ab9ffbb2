using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>Drift on the seasonally adjusted series (<see cref="DriftForecaster.SeasonallyAdjusted"/>), the season multiplied back in.</summary>
public sealed class SeasonallyAdjustedDriftTests
{
    private static readonly ForecastOptions s_options = new() { Paths = 1000 };

    /// <summary>Six years of a quarterly series: a straight line times the factors 0.8, 1.2, 0.9, 1.1 (a test construction).</summary>
    private static ModelSeries Seasonal()
    {
        double[] factors = [0.8, 1.2, 0.9, 1.1];
        return TestSeries.Of(4, [.. Enumerable.Range(0, 24).Select(t => (double?)((100 + (2.0 * t)) * factors[t % 4]))]);
    }

    [Fact]
    public void When_the_series_has_no_season_then_it_is_plain_drift()
    {
        var series = TestSeries.Of(1, 10, 12, 11, 15, 18);

        var adjusted = new DriftForecaster { SeasonallyAdjusted = true }.Forecast(series, 3, s_options);
        var plain = new DriftForecaster().Forecast(series, 3, s_options);

        Assert.Equal(ForecastMethod.Drift, adjusted.Method);
        Assert.Equal(plain.Mean, adjusted.Mean);
        Assert.Equal(plain.Paths.SelectMany(p => p), adjusted.Paths.SelectMany(p => p));
    }

    [Fact]
    public void When_the_series_is_seasonal_then_the_forecast_has_the_season_s_shape()
    {
        var forecast = new DriftForecaster { SeasonallyAdjusted = true }.Forecast(Seasonal(), 4, s_options);

        // The next four quarters are positions 0–3 of the cycle: their ratios are the factors' (a straight line grows
        // 2 in 148 between quarters, under 1.5%).
        Assert.Equal(ForecastMethod.SeasonallyAdjustedDrift, forecast.Method);
        Assert.Equal(1.2 / 0.8, forecast.Mean[1] / forecast.Mean[0], 0.05);
        Assert.Equal(0.9 / 1.2, forecast.Mean[2] / forecast.Mean[1], 0.05);
        Assert.Equal(1.1 / 0.9, forecast.Mean[3] / forecast.Mean[2], 0.05);
    }

    [Fact]
    public void When_the_series_is_seasonal_then_the_steps_are_measured_without_the_season_s_swings()
    {
        // Plain drift reads the quarter-to-quarter swings (±30%) as noise; adjusted, the steps are the line's 2 ± a little.
        var adjusted = new DriftForecaster { SeasonallyAdjusted = true }.Forecast(Seasonal(), 4, s_options);
        var plain = new DriftForecaster().Forecast(Seasonal(), 4, s_options);

        Assert.True(Spread(adjusted, 0) < Spread(plain, 0) / 5, $"adjusted {Spread(adjusted, 0)}, plain {Spread(plain, 0)}");
    }

    private static double Spread(Forecast forecast, int step) => forecast.Quantile(step, 0.9) - forecast.Quantile(step, 0.1);
}
