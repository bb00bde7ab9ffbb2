using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

public sealed class EtsModelTests
{
    [Theory]
    [InlineData("MAdM", EtsError.Multiplicative, EtsTrend.AdditiveDamped, EtsSeason.Multiplicative, "ETS(M,Ad,M)")]
    [InlineData("ann", EtsError.Additive, EtsTrend.None, EtsSeason.None, "ETS(A,N,N)")]
    [InlineData("ETS(A,Ad,A)", EtsError.Additive, EtsTrend.AdditiveDamped, EtsSeason.Additive, "ETS(A,Ad,A)")]
    [InlineData(" M, A, N ", EtsError.Multiplicative, EtsTrend.Additive, EtsSeason.None, "ETS(M,A,N)")]
    public void When_a_model_code_is_parsed_then_components_and_name_match(string text, EtsError error, EtsTrend trend, EtsSeason season, string name)
    {
        var model = EtsModel.Parse(text);

        Assert.Equal(new EtsModel(error, trend, season), model);
        Assert.Equal(name, model.ToString());
        Assert.Equal(model, EtsModel.Parse(model.Code));
    }

    [Theory]
    [InlineData("MMN")] // multiplicative trend: not offered
    [InlineData("ANM")] // additive error, multiplicative season: unstable, as R's restrict
    [InlineData("XYZ")]
    [InlineData("")]
    [InlineData("ETS(A,N)")]
    public void When_a_code_names_no_supported_model_then_parsing_fails(string text)
    {
        Assert.False(EtsModel.TryParse(text, out _));
        Assert.Throws<FormatException>(() => EtsModel.Parse(text));
    }

    [Fact]
    public void When_a_forecaster_is_forced_to_an_unsupported_model_then_the_constructor_rejects_it()
    {
        var model = new EtsModel(EtsError.Additive, EtsTrend.None, EtsSeason.Multiplicative);

        Assert.False(model.IsSupported);
        Assert.Throws<ArgumentException>(() => new EtsForecaster(model));
    }
}
