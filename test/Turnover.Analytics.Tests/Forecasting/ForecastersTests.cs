using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

public sealed class ForecastersTests
{
    [Fact]
    public void When_all_methods_are_listed_then_each_name_finds_its_method()
    {
        Assert.Equal(["ets", "ets-weighted", "theta", "snaive", "drift", "ensemble", "weighted-ensemble"], Forecasters.Names);
        Assert.Equal(["ETS (AICc)", "ETS (AICc-weighted)", "Theta", "Seasonal naive", "Drift", "Ensemble", "Weighted ensemble"], Forecasters.All.Select(f => f.Name));
    }

    [Theory]
    [InlineData("ets", "ETS (AICc)")]
    [InlineData("ets-weighted", "ETS (AICc-weighted)")]
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
