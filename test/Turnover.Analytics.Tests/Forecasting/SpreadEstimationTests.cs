using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>
/// A series too short for a method's spread: the forecast says so (<see cref="Forecast.SpreadEstimated"/> false) and how
/// many observations in consecutive steps the method needs, so no interval of no width is shown as a certainty.
/// </summary>
public sealed class SpreadEstimationTests
{
    private static readonly ForecastOptions s_options = new() { Paths = 200, Seed = 7 };

    // Monthly values that move: a spread is estimable from them once there are enough.
    private static readonly double[] s_values = [100, 104, 97, 110, 103, 99, 108, 112, 101, 106, 95, 109, 114, 102, 111, 98];

    [Theory]
    [InlineData("ets", 12, 1, 3)]
    [InlineData("ets", 12, 2, 3)]
    [InlineData("ets-drift", 12, 1, 3)]
    [InlineData("ets-drift", 12, 2, 3)]
    [InlineData("ets-weighted", 12, 1, 3)]
    [InlineData("ets-weighted", 12, 2, 3)]
    [InlineData("ensemble", 12, 1, 3)]
    [InlineData("ensemble", 12, 2, 3)]
    [InlineData("weighted-ensemble", 12, 1, 3)]
    [InlineData("weighted-ensemble", 12, 2, 3)]
    [InlineData("theta", 12, 1, 3)]
    [InlineData("theta", 12, 2, 3)]
    [InlineData("drift", 1, 1, 3)]
    [InlineData("drift", 1, 2, 3)]
    [InlineData("snaive", 1, 1, 3)]
    [InlineData("snaive", 1, 2, 3)]
    [InlineData("snaive", 12, 12, 14)]
    [InlineData("snaive", 12, 13, 14)]
    public void When_a_series_is_shorter_than_a_method_needs_for_a_spread_then_the_forecast_says_none_was_estimated_and_how_many_it_needs(
        string method, int seasonLength, int observations, int needed)
    {
        // One observation was forecast as a "constant series" with zero-wide intervals and no word on the spread; two
        // (ETS's naive fallback, the default's members) or a season and one month (seasonal naive) had intervals resting
        // on their single change, its size taken for the typical one.
        var forecast = Forecasters.Get(method).Forecast(Series(seasonLength, observations), 3, s_options);

        Assert.False(forecast.SpreadEstimated);
        Assert.Equal(needed, forecast.ObservationsForSpread);
        AssertNoSpread(forecast);
    }

    [Theory]
    [InlineData("ets", 12, 3)]
    [InlineData("ets-drift", 12, 3)]
    [InlineData("ensemble", 12, 3)]
    [InlineData("theta", 12, 3)]
    [InlineData("drift", 1, 3)]
    [InlineData("snaive", 1, 3)]
    [InlineData("snaive", 12, 14)]
    public void When_a_series_has_as_many_observations_as_the_method_says_it_needs_then_its_paths_have_a_spread(string method, int seasonLength, int observations)
    {
        var forecast = Forecasters.Get(method).Forecast(Series(seasonLength, observations), 3, s_options);

        Assert.True(forecast.SpreadEstimated);
        Assert.Null(forecast.ObservationsForSpread);
        Assert.Contains(forecast.Paths, p => p[2] != forecast.Paths[0][2]);
    }

    [Fact]
    public void When_every_member_of_a_combination_lacks_a_spread_then_their_disagreement_alone_is_not_taken_for_one()
    {
        // No two consecutive observations: naive (ETS's fallback) and drift each repeat a line of their own, so the
        // mixture's paths differ only by member.
        var forecast = Forecasters.Get("ets-drift").Forecast(TestSeries.Of(1, 5, null, 7), 3, s_options);

        Assert.False(forecast.SpreadEstimated);
        Assert.Equal(3, forecast.ObservationsForSpread);
    }

    [Theory]
    [InlineData("drift")]
    [InlineData("ets")]
    [InlineData("ets-drift")]
    public void When_a_series_has_one_change_between_consecutive_steps_beside_a_gap_then_no_spread_rests_on_it(string method)
    {
        // Drift's slope comes from the first and last figures, so the one consecutive change left a residual that is
        // no estimate of the spread; naive's spread was that change's size.
        var forecast = Forecasters.Get(method).Forecast(TestSeries.Of(1, 100, 104, null, null, 97), 3, s_options);

        Assert.False(forecast.SpreadEstimated);
        Assert.Equal(3, forecast.ObservationsForSpread);
        AssertNoSpread(forecast);
    }

    [Fact]
    public void When_a_series_is_constant_then_its_spread_is_estimated_as_none_not_withheld()
    {
        var forecast = Forecasters.Get("ets").Forecast(TestSeries.Of(1, 5, 5, 5, 5, 5, 5), 3, s_options);

        Assert.True(forecast.SpreadEstimated);
        Assert.Contains(forecast.Notes, n => n.Kind == ForecastNoteKind.ConstantSeries);
    }

    // Each path repeats the point forecast, or for a combination one of its members' point forecasts.
    private static void AssertNoSpread(Forecast forecast) =>
        Assert.InRange(forecast.Paths.Select(p => string.Join(",", p)).Distinct().Count(), 1, Math.Max(1, forecast.Method.Parts.Count));

    private static ModelSeries Series(int seasonLength, int observations) => TestSeries.Of(seasonLength, [.. s_values.Take(observations).Select(v => (double?)v)]);
}
