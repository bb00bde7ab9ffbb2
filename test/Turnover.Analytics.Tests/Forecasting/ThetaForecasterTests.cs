using Turnover.Analytics.Forecasting;
using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Tests.Forecasting;

public sealed class ThetaForecasterTests
{
    private static readonly ForecastOptions s_options = new() { Paths = 1000 };

    [Fact]
    public void When_the_series_is_a_line_then_theta_continues_from_the_last_value_at_half_the_slope()
    {
        // SES on a line tracks it (α → 1), so the level is the last value 200 + 4·39 = 356; Theta adds half the slope.
        var forecast = new ThetaForecaster().Forecast(TestSeries.Line(40, level: 200, slope: 4), 6, s_options);

        Assert.Equal(ForecastMethod.Theta(seasonallyAdjusted: false), forecast.Method);
        for (var h = 0; h < 6; h++)
        {
            Assert.Equal(356 + (2 * (h + 1)), forecast.Mean[h], 0.1);
        }
    }

    [Fact]
    public void When_the_series_is_seasonal_then_theta_adjusts_for_the_season_and_reseasonalises()
    {
        double[] cycle = [80, 90, 110, 120, 100, 95, 105, 115, 125, 100, 70, 90];
        var series = TestSeries.Repeat(cycle, 5);

        var forecast = new ThetaForecaster().Forecast(series, 12, s_options);

        Assert.Equal(ForecastMethod.Theta(seasonallyAdjusted: true), forecast.Method);
        for (var h = 0; h < 12; h++)
        {
            Assert.Equal(cycle[h], forecast.Mean[h], 0.5);
        }
    }

    [Fact]
    public void When_series_are_white_noise_then_the_seasonality_test_fires_at_about_its_nominal_ten_percent()
    {
        // thetaf's test is |r_m| / se > 1.645, two-sided 10%: R adjusts one white-noise series in ten too
        // (e.g. TestSeries.WhiteNoise(96, seed: 2) scores 2.04 in R and here).
        var flagged = Enumerable.Range(0, 400).Count(seed => SeasonalityTest.IsSeasonal(TestSeries.WhiteNoise(96, seed).Values.Select(v => v!.Value).ToArray(), 12));

        Assert.InRange(flagged / 400.0, 0.05, 0.15);
        Assert.True(SeasonalityTest.IsSeasonal(TestSeries.NoisySeasonal(years: 8).Values.Select(v => v!.Value).ToArray(), 12));
    }

    [Fact]
    public void When_the_series_is_not_seasonal_then_theta_is_plain_ses_with_drift()
    {
        var forecast = new ThetaForecaster().Forecast(TestSeries.WhiteNoise(96, seed: 5), 12, s_options);

        Assert.Equal(ForecastMethod.Theta(seasonallyAdjusted: false), forecast.Method);
        Assert.InRange(forecast.Mean[0], 95, 105);
        Assert.True(Math.Abs(forecast.Mean[11] - forecast.Mean[0]) < 1, "white noise has no slope to speak of");
    }

    [Fact]
    public void When_theta_simulates_then_the_spread_grows_as_ses_with_drift()
    {
        // Var(h) = σ²(1 + (h − 1)α²): with α near 1 on a random walk, the sd at h = 9 is about 3 times that at h = 1.
        var random = new Random(3);
        var walk = new double?[80];
        var level = 1000.0;
        for (var t = 0; t < walk.Length; t++)
        {
            level += 10 * TestSeries.Normal(random);
            walk[t] = level;
        }

        var forecast = new ThetaForecaster().Forecast(new ModelSeries(walk, 1), 9, s_options with { Paths = 4000 });

        var ratio = RandomWalkForecasterTests.StandardDeviation(forecast, 8) / RandomWalkForecasterTests.StandardDeviation(forecast, 0);
        Assert.InRange(ratio, 2.4, 3.1);
    }

    [Fact]
    public void When_only_three_values_are_observed_then_theta_falls_back_to_drift_with_a_note()
    {
        var forecast = new ThetaForecaster().Forecast(TestSeries.Of(1, 10, 12, 14), 2, s_options);

        Assert.Equal(ForecastMethod.Drift, forecast.Method);
        Assert.Equal([16.0, 18], forecast.Mean);
        Assert.Contains(new ForecastNote(ForecastNoteKind.TooFewObservations) { Count = 3, Model = ForecastMethod.Theta(seasonallyAdjusted: false), Fallback = ForecastMethod.Drift }, forecast.Notes);
    }
}
