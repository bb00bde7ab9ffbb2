using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

public sealed class EnsembleForecasterTests
{
    [Fact]
    public void When_members_are_combined_then_the_mean_is_the_average_of_their_means()
    {
        var series = TestSeries.Of(4, 10, 20, 30, 40, 14, 24, 34, 44);
        var ensemble = new EnsembleForecaster(new SeasonalNaiveForecaster(), new DriftForecaster());

        var forecast = ensemble.Forecast(series, 2, new ForecastOptions { Paths = 100 });

        // Seasonal naive: 14, 24. Drift: 44 + (44 − 10)/7 per step → 48.857…, 53.714…
        Assert.Equal((14 + 44 + (34.0 / 7)) / 2, forecast.Mean[0], 9);
        Assert.Equal((24 + 44 + (68.0 / 7)) / 2, forecast.Mean[1], 9);
        Assert.Equal(ForecastMethod.Ensemble([ForecastMethod.SeasonalNaive, ForecastMethod.Drift]), forecast.Method);
    }

    [Fact]
    public void When_members_are_combined_then_paths_alternate_between_members_and_keep_the_count()
    {
        var series = TestSeries.Of(4, 10, 20, 30, 40, 14, 24, 34, 44);
        var members = new IForecaster[] { new SeasonalNaiveForecaster(), new DriftForecaster() };

        var forecast = new EnsembleForecaster(members).Forecast(series, 2, new ForecastOptions { Paths = 101 });

        Assert.Equal(101, forecast.Paths.Count);
        Assert.Equal(51, forecast.Paths.Where((_, p) => p % 2 == 0).Count());
        var snaiveMedian = forecast.Paths.Where((_, p) => p % 2 == 0).Select(p => p[0]).Order().ElementAt(25);
        var driftMedian = forecast.Paths.Where((_, p) => p % 2 == 1).Select(p => p[0]).Order().ElementAt(25);
        Assert.Equal(14, snaiveMedian, 3.0);
        Assert.Equal(48.86, driftMedian, 3.0);
    }

    [Fact]
    public void When_the_default_ensemble_forecasts_then_it_names_its_fitted_members()
    {
        var forecast = new EnsembleForecaster().Forecast(TestSeries.NoisySeasonal(years: 5), 3, new ForecastOptions { Paths = 30 });

        Assert.Equal(ForecastFamily.Ensemble, forecast.Method.Family);
        Assert.Equal([ForecastFamily.Ets, ForecastFamily.Theta, ForecastFamily.SeasonalNaive], forecast.Method.Parts.Select(p => p.Method.Family));
        Assert.NotNull(forecast.Method.Parts[0].Method.Form);
        Assert.All(forecast.Method.Parts, p => Assert.Null(p.Weight));
    }

    [Fact]
    public void When_an_ensemble_has_no_members_then_the_constructor_rejects_it()
    {
        Assert.Throws<ArgumentException>(() => new EnsembleForecaster([]));
    }
}
