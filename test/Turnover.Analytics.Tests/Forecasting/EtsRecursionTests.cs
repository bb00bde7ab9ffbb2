using Turnover.Analytics.Forecasting;
using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>The ETS recursions with fixed parameters, checked against values worked out by hand.</summary>
public sealed class EtsRecursionTests
{
    private static readonly EtsModel s_ann = EtsModel.Parse("ANN");

    [Fact]
    public void When_ses_has_alpha_one_half_then_one_step_forecasts_are_the_hand_computed_levels()
    {
        // l0 = 10, α = ½: l = l + ½(y − l) → 11, 11, 13, 13.5, 13.25; each forecast is the previous level.
        var y = new[] { 12.0, 11, 15, 14, 13 };
        var state = new EtsState(1) { Level = 10 };
        var residuals = new double[5];

        var criterion = EtsFilter.Run(s_ann, new EtsRecursion(s_ann, new EtsParameters(0.5, 0, 0, 1)), y, state, residuals, out var sse, out var observed);

        Assert.Equal([2.0, 0, 4, 1, -0.5], residuals); // y − (10, 11, 11, 13, 13.5)
        Assert.Equal(13.25, state.Level);
        Assert.Equal(21.25, sse);
        Assert.Equal(5, observed);
        Assert.Equal(5 * Math.Log(21.25), criterion, 12);
    }

    [Fact]
    public void When_ses_is_fitted_then_every_step_ahead_forecasts_the_last_level()
    {
        var state = new EtsState(1) { Level = 13.25 };
        var fit = new EtsFit(s_ann, 1, new EtsParameters(0.5, 0, 0, 1), state, Sigma: 2, Aicc: 0, ParameterCount: 2, Observed: 5, Evaluations: 0);

        Assert.Equal([13.25, 13.25, 13.25], EtsSimulation.Mean(fit, 3, nonNegative: true));
    }

    [Fact]
    public void When_holt_has_fixed_parameters_then_level_and_trend_follow_the_hand_computation()
    {
        // α = ½, β = ¼ (β/α = ½), l0 = 10, b0 = 1.
        // t1: f = 11, l = 11 + ½(11.5 − 11) = 11.25, b = 1 + ½(11.25 − 10 − 1) = 1.125
        // t2: f = 12.375, l = 12.375 + ½(12 − 12.375) = 12.1875, b = 1.125 + ½(12.1875 − 11.25 − 1.125) = 1.03125
        var model = EtsModel.Parse("AAN");
        var state = new EtsState(1) { Level = 10, Trend = 1 };
        var residuals = new double[2];

        EtsFilter.Run(model, new EtsRecursion(model, new EtsParameters(0.5, 0.25, 0, 1)), [11.5, 12], state, residuals, out _, out _);

        Assert.Equal([0.5, -0.375], residuals);
        Assert.Equal(12.1875, state.Level);
        Assert.Equal(1.03125, state.Trend);
    }

    [Fact]
    public void When_a_value_is_missing_then_the_state_propagates_and_the_likelihood_skips_it()
    {
        // l0 = 10, α = ½: 12 → l = 11; missing → forecast 11 taken as the value, l stays 11; 15 → error 4, l = 13.
        var state = new EtsState(1) { Level = 10 };
        var residuals = new double[3];

        EtsFilter.Run(s_ann, new EtsRecursion(s_ann, new EtsParameters(0.5, 0, 0, 1)), [12, double.NaN, 15], state, residuals, out var sse, out var observed);

        Assert.Equal(2, residuals[0]);
        Assert.True(double.IsNaN(residuals[1]));
        Assert.Equal(4, residuals[2]);
        Assert.Equal(2, observed);
        Assert.Equal(20, sse);
        Assert.Equal(13, state.Level);
    }

    [Fact]
    public void When_the_season_is_multiplicative_then_forecast_and_update_use_the_seasonal_factor_of_the_step()
    {
        // m = 2, l0 = 100, s = (0.8, 1.2), α = ½, γ = ¼. t0: f = 80, y = 88 → l = 100 + ½(110 − 100) = 105,
        // s0 = 0.8 + ¼(88/100 − 0.8) = 0.82. t1: f = 105·1.2 = 126.
        var model = EtsModel.Parse("MNM");
        var state = new EtsState(2) { Level = 100 };
        state.Season[0] = 0.8;
        state.Season[1] = 1.2;
        var residuals = new double[1];
        var recursion = new EtsRecursion(model, new EtsParameters(0.5, 0, 0.25, 1));

        EtsFilter.Run(model, recursion, [88], state, residuals, out _, out _);

        Assert.Equal(0.1, residuals[0], 12); // relative error (88 − 80)/80
        Assert.Equal(105, state.Level, 12);
        Assert.Equal(0.82, state.Season[0], 12);
        Assert.Equal(1, state.Head);
        Assert.Equal(126, recursion.Forecast(state.Level, 0, state.Season[state.Head]), 12);
    }
}
