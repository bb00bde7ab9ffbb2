using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>
/// The own-weight mixture's point member (the default's Theta): weighed against the main member (ETS) by the series'
/// own earlier origins for the point forecast, never in the paths.
/// </summary>
public sealed class OwnWeightMixturePointMemberTests
{
    private static readonly ForecastOptions s_options = new() { Paths = 27 };

    /// <summary>The last observed value × growth^(h+1) at step h, every path at that × e^(spread·t), t evenly from −1 to 1.</summary>
    private sealed class Geometric(string name, double growth, double spread) : IForecaster
    {
        public string Name => name;

        public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
        {
            var last = series.Values.Last(v => v is not null)!.Value;
            var centre = Enumerable.Range(0, horizon).Select(h => last * Math.Pow(growth, h + 1)).ToArray();
            var n = options.Paths;
            return new Forecast(
                ForecastMethod.Naive,
                centre,
                [.. Enumerable.Range(0, n).Select(i => centre.Select(c => c * Math.Exp(spread * (n == 1 ? 0 : (2.0 * i / (n - 1)) - 1))).ToArray())],
                []);
        }
    }

    /// <summary>An annual series growing by half each year: 1, 1.5, 2.25, … (12 years).</summary>
    private static ModelSeries Growing() => TestSeries.Of(1, [.. Enumerable.Range(0, 12).Select(t => (double?)Math.Pow(1.5, t))]);

    private static OwnWeightMixtureForecaster Mixture(double mainGrowth, IForecaster? pointMember) =>
        new(new Geometric("main", mainGrowth, 0.1), new Geometric("alternative", 1.2, 0.2)) { MinObservations = 3, PointMember = pointMember };

    [Fact]
    public void When_the_point_member_held_the_series_own_past_and_the_main_member_missed_it_then_it_takes_most_of_the_point_forecast()
    {
        var mixture = Mixture(1, new Geometric("growing", 1.5, 0.1));

        var weights = mixture.Weights(Growing(), s_options);
        var forecast = mixture.Forecast(Growing(), 2, s_options);

        // Eight earlier origins, each held exactly by the growing member (u = 1), shrunk towards ½ as if 4 more origins had said ½.
        Assert.Equal((4 * 0.5 + 8) / 12, weights.PointMember, 12);
        Assert.Equal(8, weights.PointMemberOrigins);
        var last = Math.Pow(1.5, 11);
        Assert.Equal((2.0 / 12 * last) + (10.0 / 12 * last * 1.5), forecast.Mean[0], 9);
        Assert.Equal((2.0 / 12 * last) + (10.0 / 12 * last * 1.5 * 1.5), forecast.Mean[1], 9);
        Assert.True(forecast.OwnPoint);
        // The forecast says how its point was made: both members, the weights it used, the origins they were scored on.
        var point = forecast.Point!;
        Assert.Equal([Math.Round(2.0 / 12, 12), Math.Round(10.0 / 12, 12)], point.Blend.Parts.Select(p => Math.Round(p.Weight!.Value, 12)));
        Assert.Equal(8, point.ScoredOrigins);
    }

    [Fact]
    public void When_the_main_member_held_the_series_own_past_then_the_point_member_keeps_only_its_shrunk_prior_share()
    {
        var mixture = Mixture(1.5, new Geometric("flat", 1, 0.1));

        var weights = mixture.Weights(Growing(), s_options);
        var forecast = mixture.Forecast(Growing(), 2, s_options);

        Assert.Equal(4 * 0.5 / 12, weights.PointMember, 12);
        var last = Math.Pow(1.5, 11);
        Assert.Equal((10.0 / 12 * last * 1.5 * 1.5) + (2.0 / 12 * last), forecast.Mean[1], 9);
    }

    [Fact]
    public void When_the_series_is_too_short_for_an_earlier_origin_then_the_point_is_the_equal_weight_combination()
    {
        var mixture = new OwnWeightMixtureForecaster(new Geometric("flat", 1, 0.1), new Geometric("alternative", 1.2, 0.2)) { PointMember = new Geometric("growing", 1.5, 0.1) };

        var forecast = mixture.Forecast(Growing(), 1, s_options);

        Assert.Equal(new MixtureWeights(0.5, 0, 0, 0, 0.5, 0), mixture.Weights(Growing(), s_options));
        Assert.Equal(Math.Pow(1.5, 11) * 1.25, forecast.Mean[0], 9);
        Assert.Equal(0, forecast.Point!.ScoredOrigins);
        Assert.Equal([0.5, 0.5], forecast.Point.Blend.Parts.Select(p => p.Weight));
    }

    [Fact]
    public void When_the_mixture_has_no_point_member_then_its_point_is_the_main_members_own_at_full_weight()
    {
        var forecast = Mixture(1, null).Forecast(Growing(), 2, s_options);

        var own = Assert.Single(forecast.Point!.Blend.Parts);
        Assert.Equal((ForecastMethod.Naive, 1.0, 0), (own.Method, own.Weight, forecast.Point.ScoredOrigins));
    }

    [Fact]
    public void When_a_point_member_is_added_then_the_paths_and_the_method_are_the_same_and_only_the_point_moves()
    {
        var without = Mixture(1, null).Forecast(Growing(), 3, s_options);
        var with = Mixture(1, new Geometric("growing", 1.5, 0.1)).Forecast(Growing(), 3, s_options);

        Assert.Equal(without.Method, with.Method);
        Assert.Equal(without.Paths.Count, with.Paths.Count);
        Assert.All(Enumerable.Range(0, with.Paths.Count), p => Assert.Equal(without.Paths[p], with.Paths[p]));
        Assert.NotEqual(without.Mean, with.Mean);
        Assert.Equal(0, Mixture(1, null).Weights(Growing(), s_options).PointMember);
    }

    [Fact]
    public void When_the_default_weighs_theta_for_its_point_then_its_paths_are_those_of_ets_and_drift_alone()
    {
        // The default (ets-drift) on a seeded monthly series long enough for earlier origins: Theta moves the point only.
        var series = TestSeries.NoisySeasonal(7, seed: 3);
        var options = new ForecastOptions { Paths = 200, Seed = 11 };
        var pathsOnly = new OwnWeightMixtureForecaster { PointMember = null };
        var withTheta = new OwnWeightMixtureForecaster();

        var before = pathsOnly.Forecast(series, 24, options);
        var after = withTheta.Forecast(series, 24, options);

        Assert.IsType<ThetaForecaster>(withTheta.PointMember);
        Assert.Equal(before.Method, after.Method);
        Assert.All(Enumerable.Range(0, after.Paths.Count), p => Assert.Equal(before.Paths[p], after.Paths[p]));
        var weights = withTheta.Weights(series, options);
        Assert.True(weights.PointMemberOrigins > 0, "the series has earlier origins to weigh Theta at");
        var theta = new ThetaForecaster().Forecast(series, 24, options with { Paths = 0 }).Mean;
        Assert.All(Enumerable.Range(0, 24), h =>
            Assert.Equal(((1 - weights.PointMember) * before.Mean[h]) + (weights.PointMember * theta[h]), after.Mean[h], 6));
    }

    [Fact]
    public void When_a_point_member_and_a_drift_weighted_point_are_both_asked_then_the_forecast_refuses()
    {
        var both = new OwnWeightMixtureForecaster(new Geometric("main", 1, 0.1), new Geometric("alternative", 1.2, 0.2))
        {
            PointMember = new Geometric("growing", 1.5, 0.1),
            PointWeighted = true,
        };

        Assert.Throws<InvalidOperationException>(() => both.Forecast(Growing(), 1, s_options));
    }
}
