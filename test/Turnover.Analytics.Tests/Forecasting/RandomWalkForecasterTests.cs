using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>Seasonal naive and drift on series small enough to check by hand.</summary>
public sealed class RandomWalkForecasterTests
{
    private static readonly ForecastOptions s_options = new() { Paths = 4000 };

    [Fact]
    public void When_two_seasons_are_observed_then_seasonal_naive_repeats_the_last_season()
    {
        var series = TestSeries.Of(4, 10, 20, 30, 40, 11, 21, 33, 44);

        var forecast = new SeasonalNaiveForecaster().Forecast(series, 6, s_options);

        Assert.Equal(ForecastMethod.SeasonalNaive, forecast.Method);
        Assert.Equal([11.0, 21, 33, 44, 11, 21], forecast.Mean);
        Assert.Empty(forecast.Notes);
    }

    [Fact]
    public void When_the_last_value_of_a_season_is_missing_then_seasonal_naive_takes_the_last_observed_one()
    {
        var series = TestSeries.Of(4, 10, 20, 30, 40, 11, null, 33, 44);

        var forecast = new SeasonalNaiveForecaster().Forecast(series, 4, s_options);

        Assert.Equal([11.0, 20, 33, 44], forecast.Mean);
    }

    [Fact]
    public void When_seasonal_naive_simulates_then_the_spread_is_the_root_mean_square_seasonal_difference()
    {
        // Seasonal differences 1, 1, 3, 4: σ = √((1 + 1 + 9 + 16)/4) = √6.75; one season ahead the path sd is σ,
        // two seasons ahead √2·σ.
        var series = TestSeries.Of(4, 10, 20, 30, 40, 11, 21, 33, 44);

        var forecast = new SeasonalNaiveForecaster().Forecast(series, 8, s_options with { NonNegative = false });

        Assert.Equal(Math.Sqrt(6.75), StandardDeviation(forecast, 0), 0.15);
        Assert.Equal(Math.Sqrt(2 * 6.75), StandardDeviation(forecast, 4), 0.2);
    }

    [Fact]
    public void When_season_length_is_one_then_seasonal_naive_is_the_naive_method()
    {
        var forecast = new SeasonalNaiveForecaster().Forecast(TestSeries.Of(1, 5, 7, 6), 2, s_options);

        Assert.Equal(ForecastMethod.Naive, forecast.Method);
        Assert.Equal([6.0, 6], forecast.Mean);
    }

    [Fact]
    public void When_drift_forecasts_then_the_slope_is_last_minus_first_over_n_minus_one()
    {
        // (18 − 10)/4 = 2 per step from the last value 18.
        var forecast = new DriftForecaster().Forecast(TestSeries.Of(1, 10, 12, 11, 15, 18), 3, s_options);

        Assert.Equal([20.0, 22, 24], forecast.Mean);
    }

    [Fact]
    public void When_the_last_values_are_missing_then_drift_continues_from_the_last_observation()
    {
        // Slope (16 − 10)/3 = 2 from index 3; the first forecast step is index 6, three steps on: 16 + 3·2.
        var forecast = new DriftForecaster().Forecast(TestSeries.Of(1, 10, 12, 14, 16, null, null), 2, s_options);

        Assert.Equal([22.0, 24], forecast.Mean);
    }

    [Fact]
    public void When_drift_has_a_single_observation_then_it_repeats_it_and_says_so()
    {
        var forecast = new DriftForecaster().Forecast(TestSeries.Of(1, null, 7, null), 2, s_options);

        Assert.Equal([7.0, 7], forecast.Mean);
        Assert.Contains(forecast.Notes, n => n.Kind == ForecastNoteKind.SingleObservation);
    }

    [Fact]
    public void When_drift_simulates_then_the_median_path_follows_the_mean_and_the_spread_grows()
    {
        var forecast = new DriftForecaster().Forecast(TestSeries.Of(1, 100, 104, 103, 109, 112, 118), 6, s_options);

        Assert.Equal(forecast.Mean[5], forecast.Quantile(5, 0.5), 1.0);
        Assert.True(StandardDeviation(forecast, 5) > 2 * StandardDeviation(forecast, 0));
    }

    [Fact]
    public void When_a_drift_path_would_go_negative_then_it_is_clamped_at_zero()
    {
        var forecast = new DriftForecaster().Forecast(TestSeries.Of(1, 50, 30, 45, 10, 20, 2), 12, s_options);

        Assert.Equal(0, forecast.Mean[11]);
        Assert.All(forecast.Paths, p => Assert.All(p, v => Assert.True(v >= 0)));
    }

    internal static double StandardDeviation(Forecast forecast, int h)
    {
        var values = forecast.Paths.Select(p => p[h]).ToArray();
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
