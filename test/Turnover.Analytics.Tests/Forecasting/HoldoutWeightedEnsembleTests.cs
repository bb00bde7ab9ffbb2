using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

public sealed class HoldoutWeightedEnsembleTests
{
    [Fact]
    public void When_a_member_forecast_the_holdout_better_then_it_gets_the_larger_weight()
    {
        // A straight rising line: drift forecasts its last fifth exactly, seasonal naive lags a whole season behind.
        var series = TestSeries.Line(60, level: 100, slope: 2, seasonLength: 12);
        var ensemble = new HoldoutWeightedEnsemble(new SeasonalNaiveForecaster(), new DriftForecaster());

        var (weights, note) = ensemble.Weigh(series, 12);

        Assert.Empty(note);
        Assert.True(weights[1] > 0.999, $"drift weight {weights[1]}");
        Assert.Equal(1.0, weights.Sum(), 12);
    }

    [Fact]
    public void When_weighed_then_the_weights_are_the_normalised_inverse_holdout_errors()
    {
        var series = TestSeries.Of(4, 10, 20, 30, 40, 14, 24, 34, 44, 18, 28);
        var ensemble = new HoldoutWeightedEnsemble(new SeasonalNaiveForecaster(), new DriftForecaster());

        var (weights, _) = ensemble.Weigh(series, 2);

        // Holdout = the last 10 / 5 = 2 steps (18, 28), fitted on 10 … 44.
        // Seasonal naive: 14, 24 → squared errors 16, 16 → MSE 16.
        // Drift: 44 + 34/7·h → 48.857, 53.714 → MSE ((30.857)² + (25.714)²) / 2.
        var driftMse = ((Math.Pow(44 + (34.0 / 7) - 18, 2)) + Math.Pow(44 + (68.0 / 7) - 28, 2)) / 2;
        var expected = (1 / 16.0) / ((1 / 16.0) + (1 / driftMse));
        Assert.Equal(expected, weights[0], 12);
    }

    [Fact]
    public void When_combined_then_the_mean_is_the_weighted_mean_and_paths_follow_the_weights()
    {
        var series = TestSeries.NoisySeasonal(years: 6);
        var members = new IForecaster[] { new SeasonalNaiveForecaster(), new DriftForecaster() };
        var ensemble = new HoldoutWeightedEnsemble(members);
        var options = new ForecastOptions { Paths = 1000 };

        var (weights, _) = ensemble.Weigh(series, 6);
        var forecast = ensemble.Forecast(series, 6, options);
        var snaive = members[0].Forecast(series, 6, options);
        var drift = members[1].Forecast(series, 6, options);

        Assert.Equal(1000, forecast.Paths.Count);
        for (var h = 0; h < 6; h++)
        {
            Assert.Equal((weights[0] * snaive.Mean[h]) + (weights[1] * drift.Mean[h]), forecast.Mean[h], 9);
        }

        Assert.Equal(ForecastMethod.WeightedEnsemble([(ForecastMethod.SeasonalNaive, weights[0]), (ForecastMethod.Drift, weights[1])]), forecast.Method);
    }

    [Fact]
    public void When_the_series_is_too_short_for_a_holdout_then_the_weights_are_equal_and_the_note_says_so()
    {
        var series = TestSeries.Of(12, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        var ensemble = new HoldoutWeightedEnsemble();

        var forecast = ensemble.Forecast(series, 3, new ForecastOptions { Paths = 30 });

        Assert.Equal([0.5, 0.5], ensemble.Weigh(series, 3).Weights);
        Assert.Equal(new ForecastNote(ForecastNoteKind.HoldoutTooShort), forecast.Notes[0]);
        Assert.All(forecast.Mean, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void When_a_member_list_is_empty_then_construction_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new HoldoutWeightedEnsemble([]));
    }
}
