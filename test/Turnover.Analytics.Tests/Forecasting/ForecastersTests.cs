using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

public sealed class ForecastersTests
{
    [Fact]
    public void When_all_methods_are_listed_then_each_name_finds_its_method()
    {
        Assert.Equal(["ets", "ets-weighted", "ets-drift", "theta", "snaive", "drift", "ensemble", "weighted-ensemble"], Forecasters.Names);
        Assert.Equal(["ETS (AICc)", "ETS (AICc-weighted)", "ETS (AICc-weighted) and drift, own weights", "Theta", "Seasonal naive", "Drift", "Ensemble", "Weighted ensemble"], Forecasters.All.Select(f => f.Name));
    }

    [Theory]
    [InlineData("ets", "ETS (AICc)")]
    [InlineData("ets-weighted", "ETS (AICc-weighted)")]
    [InlineData("ets-drift", "ETS (AICc-weighted) and drift, own weights")]
    [InlineData("ETS (AICc-weighted) and drift, own weights", "ETS (AICc-weighted) and drift, own weights")]
    [InlineData("THETA", "Theta")]
    [InlineData("Seasonal naive", "Seasonal naive")]
    [InlineData("weighted-ensemble", "Weighted ensemble")]
    [InlineData("MAdM", "ETS(M,Ad,M)")]
    [InlineData("ETS(A,N,N)", "ETS(A,N,N)")]
    public void When_a_method_is_looked_up_then_the_right_forecaster_is_returned(string key, string name)
    {
        Assert.True(Forecasters.TryGet(key, out var forecaster));
        Assert.Equal(name, forecaster.Name);
    }

    [Fact]
    public void When_the_ets_drift_key_forecasts_then_it_gives_the_own_weight_mixture_s_forecast_for_the_same_seed()
    {
        var series = TestSeries.NoisySeasonal(years: 8, seed: 11);
        var options = new ForecastOptions { Paths = 200, Seed = 20261204 };

        var byKey = Forecasters.Get("ets-drift").Forecast(series, 24, options);
        var direct = new OwnWeightMixtureForecaster().Forecast(series, 24, options);

        Assert.IsType<OwnWeightMixtureForecaster>(Forecasters.Get("ets-drift"));
        Assert.Equal(direct.Mean, byKey.Mean);
        Assert.Equal(direct.Paths.Count, byKey.Paths.Count);
        Assert.All(Enumerable.Range(0, direct.Paths.Count), i => Assert.Equal(direct.Paths[i], byKey.Paths[i]));
        Assert.Equal(direct.Method.Parts.Select(p => (p.Method.Family, p.Weight)), byKey.Method.Parts.Select(p => (p.Method.Family, p.Weight)));
    }

    [Theory]
    [InlineData("arima")]
    [InlineData("MMN")]
    [InlineData("")]
    public void When_a_method_is_unknown_then_lookup_fails(string key)
    {
        Assert.False(Forecasters.TryGet(key, out _));
        Assert.Throws<ArgumentException>(() => Forecasters.Get(key));
    }
}
