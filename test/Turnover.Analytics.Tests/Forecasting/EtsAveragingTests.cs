using Turnover.Analytics.Forecasting;
using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Tests.Forecasting;

public sealed class EtsAveragingTests
{
    private static readonly EtsModel s_ann = EtsModel.Parse("ANN");
    private static readonly EtsModel s_aan = EtsModel.Parse("AAN");

    [Fact]
    public void When_two_models_differ_by_two_ln_3_in_aicc_then_they_are_weighted_three_to_one()
    {
        // exp(−ΔAICc/2) = 1/3: weights 0.75 and 0.25; σ = 0 so every path is its model's level exactly.
        var fits = new[] { Fit(s_ann, level: 10, aicc: 100), Fit(s_aan, level: 20, aicc: 100 + (2 * Math.Log(3))) };

        var forecast = EtsAveraging.Forecast(fits, 2, new ForecastOptions { Paths = 1000 });

        Assert.All(forecast.Mean, v => Assert.Equal(12.5, v, 12));
        Assert.Equal(750, forecast.Paths.Count(p => p[0] == 10));
        Assert.Equal(250, forecast.Paths.Count(p => p[0] == 20));
        Assert.Equal(ForecastFamily.AkaikeWeightedEts, forecast.Method.Family);
        Assert.Equal([ForecastMethod.Ets(s_ann), ForecastMethod.Ets(s_aan)], forecast.Method.Parts.Select(p => p.Method));
        Assert.Equal(0.75, forecast.Method.Parts[0].Weight!.Value, 12);
        Assert.Equal(0.25, forecast.Method.Parts[1].Weight!.Value, 12);
    }

    [Fact]
    public void When_a_model_is_far_behind_in_aicc_then_it_gets_no_paths_and_no_weight()
    {
        var fits = new[] { Fit(s_ann, level: 10, aicc: 100), Fit(s_aan, level: 20, aicc: 130) };

        var forecast = EtsAveraging.Forecast(fits, 1, new ForecastOptions { Paths = 100 });

        Assert.Equal(10, forecast.Mean[0]);
        Assert.All(forecast.Paths, p => Assert.Equal(10, p[0]));
    }

    [Fact]
    public void When_the_weighted_forecaster_runs_on_real_data_then_it_reports_its_mixture()
    {
        var series = new ModelSeries(TestSeries.KoreaImportsFromChina().Values.Take(120).ToArray(), 12);

        var forecast = EtsForecaster.AkaikeWeighted().Forecast(series, 12, new ForecastOptions { Paths = 300 });

        Assert.Equal(ForecastFamily.AkaikeWeightedEts, forecast.Method.Family);
        Assert.All(forecast.Method.Parts, p => Assert.NotNull(p.Method.Form));
        Assert.Equal(1, forecast.Method.Parts.Sum(p => p.Weight!.Value), 9);
        Assert.Equal(300, forecast.Paths.Count);
        Assert.All(forecast.Mean, v => Assert.True(v > 0));
    }

    private static EtsFit Fit(EtsModel model, double level, double aicc) =>
        new(model, 1, new EtsParameters(0.5, 0.1, 0, 1), new EtsState(1) { Level = level }, Sigma: 0, aicc, ParameterCount: 2, Observed: 20, Evaluations: 0);
}
