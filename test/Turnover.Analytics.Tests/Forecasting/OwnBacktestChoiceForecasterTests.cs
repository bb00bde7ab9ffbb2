using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

public sealed class OwnBacktestChoiceForecasterTests
{
    /// <summary>
    /// The last observed value × growth^(h+1) at step h, with eleven paths at that × e^(spread·t), t = −1, −0.8, …, 1.
    /// </summary>
    private sealed class Geometric(string name, double growth, double spread) : IForecaster
    {
        public string Name => name;

        public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
        {
            var last = series.Values.Last(v => v is not null)!.Value;
            var centre = Enumerable.Range(0, horizon).Select(h => last * Math.Pow(growth, h + 1)).ToArray();
            return new Forecast(
                ForecastMethod.Naive,
                centre,
                [.. Enumerable.Range(0, 11).Select(i => centre.Select(c => c * Math.Exp(spread * ((i - 5) / 5.0))).ToArray())],
                []);
        }
    }

    /// <summary>An annual series growing by half each year: 1, 1.5, 2.25, … (12 years).</summary>
    private static ModelSeries Growing() => TestSeries.Of(1, [.. Enumerable.Range(0, 12).Select(t => (double?)Math.Pow(1.5, t))]);

    [Fact]
    public void When_one_candidate_held_the_series_own_past_and_the_other_missed_it_then_the_one_that_held_forecasts()
    {
        var flat = new Geometric("flat", 1, 0.1);
        var growing = new Geometric("growing", 1.5, 0.1);
        var choice = new OwnBacktestChoiceForecaster(flat, growing) { MinObservations = 3 };

        var scores = choice.Scores(Growing(), 2, new ForecastOptions());
        var forecast = choice.Forecast(Growing(), 2, new ForecastOptions());

        // The flat candidate's intervals missed every year's growth; the growing one's held it at their centre.
        Assert.True(scores[1] < scores[0]);
        Assert.Equal(Math.Pow(1.5, 12), forecast.Mean[0], 9);
    }

    [Fact]
    public void When_the_candidates_held_alike_then_the_narrower_one_wins()
    {
        // Both centred on the truth; the wide one pays its width.
        var wide = new Geometric("wide", 1.5, 0.5);
        var narrow = new Geometric("narrow", 1.5, 0.1);
        var choice = new OwnBacktestChoiceForecaster(wide, narrow) { MinObservations = 3 };

        var scores = choice.Scores(Growing(), 1, new ForecastOptions());

        // Interval score on logs, nothing missed: the widths. The 80% bounds are paths 1 and 9 (t = ∓0.8); the 95%
        // bounds lie a quarter of the way from path 0 to path 1 and from path 10 to path 9, interpolated on values.
        Assert.Equal(Widths(0.5), scores[0], 9);
        Assert.Equal(Widths(0.1), scores[1], 9);

        static double Widths(double spread)
        {
            var lower95 = Math.Exp(-spread) + (0.25 * (Math.Exp(-0.8 * spread) - Math.Exp(-spread)));
            var upper95 = Math.Exp(spread) - (0.25 * (Math.Exp(spread) - Math.Exp(0.8 * spread)));
            return (1.6 * spread) + Math.Log(upper95 / lower95);
        }
    }

    [Fact]
    public void When_the_series_is_too_short_for_an_earlier_origin_then_the_first_candidate_forecasts()
    {
        var flat = new Geometric("flat", 1, 0.1);
        var growing = new Geometric("growing", 1.5, 0.1);
        var choice = new OwnBacktestChoiceForecaster(flat, growing);

        var forecast = choice.Forecast(Growing(), 1, new ForecastOptions());

        Assert.Equal([0.0, 0.0], choice.Scores(Growing(), 1, new ForecastOptions()));
        Assert.Equal(Math.Pow(1.5, 11), forecast.Mean[0], 9);
    }

    [Fact]
    public void When_the_default_is_built_then_it_chooses_between_aicc_weighted_ets_and_drift() =>
        Assert.Equal(["ETS (AICc-weighted)", "Drift"], new OwnBacktestChoiceForecaster().Candidates.Select(c => c.Name));
}
