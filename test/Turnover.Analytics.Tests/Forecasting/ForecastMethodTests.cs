using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>A fitted method as a value: equal by its facts, members and weights included.</summary>
public sealed class ForecastMethodTests
{
    [Fact]
    public void When_two_combinations_have_the_same_members_and_weights_then_they_are_equal()
    {
        var a = ForecastMethod.WeightedEnsemble([(ForecastMethod.AkaikeWeightedEts([(EtsModel.Parse("ANN"), 0.7), (EtsModel.Parse("AAN"), 0.3)]), 0.6), (ForecastMethod.Theta(true), 0.4)]);
        var b = ForecastMethod.WeightedEnsemble([(ForecastMethod.AkaikeWeightedEts([(EtsModel.Parse("ANN"), 0.7), (EtsModel.Parse("AAN"), 0.3)]), 0.6), (ForecastMethod.Theta(true), 0.4)]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Involves(ForecastFamily.AkaikeWeightedEts));
        Assert.False(a.Involves(ForecastFamily.Drift));
    }

    [Theory]
    [InlineData(0.6, 0.4, "AAN")]
    [InlineData(0.5, 0.5, "ANN")]
    public void When_a_weight_or_a_form_differs_then_the_methods_differ(double first, double second, string form)
    {
        var a = ForecastMethod.WeightedEnsemble([(ForecastMethod.Ets(EtsModel.Parse("ANN")), 0.6), (ForecastMethod.Drift, 0.4)]);
        var b = ForecastMethod.WeightedEnsemble([(ForecastMethod.Ets(EtsModel.Parse(form)), first), (ForecastMethod.Drift, second)]);

        Assert.NotEqual(a, b);
        Assert.NotEqual(ForecastMethod.Theta(true), ForecastMethod.Theta(false));
        Assert.NotEqual(ForecastMethod.Ets(null), ForecastMethod.Ets(EtsModel.Parse("ANN")));
    }
}
