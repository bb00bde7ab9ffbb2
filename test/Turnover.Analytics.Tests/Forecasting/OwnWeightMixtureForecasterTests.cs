using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

public sealed class OwnWeightMixtureForecasterTests
{
    private static readonly ForecastOptions s_options = new() { Paths = 27 };

    /// <summary>
    /// The last observed value × growth^(h+1) at step h, with the paths asked at that × e^(spread·t), t evenly from −1
    /// to 1; records every series it was asked to forecast.
    /// </summary>
    private sealed class Geometric(string name, double growth, double spread) : IForecaster
    {
        public string Name => name;

        public List<(double?[] Values, int Horizon)> Seen { get; } = [];

        public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
        {
            Seen.Add(([.. series.Values], horizon));
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

    /// <summary><see cref="Growing"/> a hundred times smaller: the same growth, so the same weights when fitted on itself.</summary>
    private static ModelSeries GrowingSmaller() => TestSeries.Of(1, [.. Growing().Values.Select(v => v / 100)]);

    [Fact]
    public void When_drift_held_the_series_own_past_and_ets_missed_it_then_drift_takes_most_paths_and_the_point_forecast()
    {
        var mixture = new OwnWeightMixtureForecaster(new Geometric("flat", 1, 0.1), new Geometric("growing", 1.5, 0.1)) { MinObservations = 3, PointWeighted = true };

        var weights = mixture.Weights(Growing(), s_options);
        var forecast = mixture.Forecast(Growing(), 1, s_options);

        // Eight earlier origins (4 to 11 years before them), 1, 2 and then 3 years scored after each: 21 year sums,
        // every one held best by the growing member alone (w = 1), shrunk towards ½ as if 6 more sums had said ½.
        Assert.Equal(new MixtureWeights((6 * 0.5 + 21) / 27, 8.0 / 12, 21, 8), weights);
        var last = Math.Pow(1.5, 11);
        Assert.Equal((last / 3) + (2 * last * 1.5 / 3), forecast.Mean[0], 9);
        Assert.Equal(3, forecast.Paths.Count(p => p[0] <= last * Math.Exp(0.1)));
        Assert.Equal(24, forecast.Paths.Count(p => p[0] >= last * 1.5 * Math.Exp(-0.1)));
    }

    [Fact]
    public void When_the_point_forecast_is_not_weighted_then_it_is_the_main_members_whatever_the_paths_share()
    {
        var mixture = new OwnWeightMixtureForecaster(new Geometric("flat", 1, 0.1), new Geometric("growing", 1.5, 0.1)) { MinObservations = 3 };

        var forecast = mixture.Forecast(Growing(), 2, s_options);

        // Drift's (the growing member's) share of the paths is as above; the centre stays the flat member's.
        Assert.Equal([Math.Pow(1.5, 11), Math.Pow(1.5, 11)], forecast.Mean);
        Assert.Equal(24, forecast.Paths.Count(p => p[0] >= Math.Pow(1.5, 12) * Math.Exp(-0.1)));
    }

    [Fact]
    public void When_ets_held_the_series_own_past_and_drift_missed_it_then_ets_keeps_its_point_forecast_and_most_paths()
    {
        var mixture = new OwnWeightMixtureForecaster(new Geometric("growing", 1.5, 0.1), new Geometric("flat", 1, 0.1)) { MinObservations = 3 };

        var weights = mixture.Weights(Growing(), s_options);
        var forecast = mixture.Forecast(Growing(), 2, s_options);

        Assert.Equal(new MixtureWeights(6 * 0.5 / 27, 0, 21, 8), weights);
        Assert.Equal(Math.Pow(1.5, 13), forecast.Mean[1], 9);
    }

    [Fact]
    public void When_the_series_is_too_short_for_an_earlier_origin_then_the_prior_weights_hold()
    {
        var mixture = new OwnWeightMixtureForecaster(new Geometric("flat", 1, 0.1), new Geometric("growing", 1.5, 0.1));

        var forecast = mixture.Forecast(Growing(), 1, new ForecastOptions { Paths = 10 });

        // 24 observed steps before an earlier origin by default: none here. Half the paths, ETS's point forecast.
        Assert.Equal(new MixtureWeights(0.5, 0, 0, 0), mixture.Weights(Growing(), s_options));
        Assert.Equal(Math.Pow(1.5, 11), forecast.Mean[0], 9);
        Assert.Equal(5, forecast.Paths.Count(p => p[0] <= Math.Pow(1.5, 11) * Math.Exp(0.1)));
    }

    [Fact]
    public void When_the_weights_are_found_then_each_earlier_fit_sees_only_the_series_up_to_its_origin()
    {
        var (flat, growing) = (new Geometric("flat", 1, 0.1), new Geometric("growing", 1.5, 0.1));
        var series = Growing();

        new OwnWeightMixtureForecaster(flat, growing) { MinObservations = 3 }.Weights(series, s_options);

        // One fit per member at each of the eight earlier origins, each on the steps before it alone, 3 years ahead.
        foreach (var member in new[] { flat, growing })
        {
            Assert.Equal([11, 10, 9, 8, 7, 6, 5, 4], member.Seen.Select(s => s.Values.Length));
            Assert.All(member.Seen, s => Assert.Equal(series.Values.Take(s.Values.Length), s.Values));
            Assert.All(member.Seen, s => Assert.Equal(3, s.Horizon));
        }
    }

    [Fact]
    public void When_one_instance_weighs_two_series_of_the_same_length_then_the_second_gets_its_own_weights()
    {
        Func<OwnWeightMixtureForecaster> create = () => new(new Geometric("flat", 1, 0.1), new Geometric("growing", 1.5, 0.1)) { MinObservations = 3 };
        var shared = create();

        shared.Weights(Growing(), s_options);
        var afterGrowing = shared.Weights(GrowingSmaller(), s_options);

        // The earlier fits are kept per truncated series: a different series of the same length is fitted anew. Had
        // it been given Growing's fits (a hundred times too high), the flat member would have missed least.
        Assert.Equal(create().Weights(GrowingSmaller(), s_options), afterGrowing);
        Assert.Equal(new MixtureWeights((6 * 0.5 + 21) / 27, 8.0 / 12, 21, 8), afterGrowing);
    }

    [Fact]
    public void When_the_same_series_is_weighed_twice_then_the_earlier_origins_are_fitted_once()
    {
        var (flat, growing) = (new Geometric("flat", 1, 0.1), new Geometric("growing", 1.5, 0.1));
        var mixture = new OwnWeightMixtureForecaster(flat, growing) { MinObservations = 3 };

        var first = mixture.Weights(Growing(), s_options);
        var second = mixture.Weights(Growing(), s_options);
        var fitsThen = flat.Seen.Count;
        var yearBefore = mixture.Weights(TestSeries.Of(1, [.. Growing().Values.Take(11)]), s_options);

        // A year before, the earlier origins are the same truncated series but one (3 years): only that one is new.
        Assert.Equal(first, second);
        Assert.Equal(8, fitsThen);
        Assert.Equal(9, flat.Seen.Count);
        Assert.Equal(3, flat.Seen[^1].Values.Length);
        Assert.Equal(new MixtureWeights((6 * 0.5 + 21) / 27, 8.0 / 12, 21, 8), yearBefore);
    }

    /// <summary>Seeded noisy monthly growth from March (so its years end after steps 10, 22, …).</summary>
    private static ModelSeries MonthlyFromMarch(int months)
    {
        var random = new Random(11);
        var values = new double?[months];
        var level = 100.0;
        for (var t = 0; t < months; t++)
        {
            level *= Math.Exp(0.01 + (0.08 * ((2 * random.NextDouble()) - 1)));
            values[t] = level;
        }

        return new ModelSeries(values, 12) { FirstStepInYear = 2 };
    }

    [Fact]
    public void When_weights_are_taken_at_the_year_end_then_no_month_inside_the_next_year_moves_them()
    {
        static OwnWeightMixtureForecaster Mixture(bool atYearEnd) =>
            new(new Geometric("flat", 1, 0.1), new Geometric("growing", 1.01, 0.1)) { MinObservations = 12, WeightsAtYearEnd = atYearEnd };
        var (frozen, refitted) = (Mixture(true), Mixture(false));
        var yearEnd = 10 + (7 * 12); // December of the eighth year

        var atYearEnd = frozen.Weights(MonthlyFromMarch(yearEnd), s_options);
        var inside = Enumerable.Range(1, 11).Select(k => frozen.Weights(MonthlyFromMarch(yearEnd + k), s_options)).ToList();
        var refittedInside = Enumerable.Range(1, 11).Select(k => refitted.Weights(MonthlyFromMarch(yearEnd + k), s_options)).ToList();
        var nextYear = frozen.Weights(MonthlyFromMarch(yearEnd + 12), s_options);

        Assert.All(inside, w => Assert.Equal(atYearEnd, w));
        Assert.Equal(atYearEnd, refitted.Weights(MonthlyFromMarch(yearEnd), s_options)); // the same at a year end
        Assert.Contains(refittedInside, w => w != atYearEnd); // this series would move them month by month
        Assert.NotEqual(atYearEnd.Cases, nextYear.Cases); // a new year end brings its year's sums in
    }

    [Fact]
    public void When_a_series_does_not_say_where_its_years_end_then_the_weights_are_taken_on_it_as_it_stands()
    {
        var frozen = new OwnWeightMixtureForecaster(new Geometric("flat", 1, 0.1), new Geometric("growing", 1.01, 0.1)) { MinObservations = 12 };
        var refitted = new OwnWeightMixtureForecaster(new Geometric("flat", 1, 0.1), new Geometric("growing", 1.01, 0.1)) { MinObservations = 12, WeightsAtYearEnd = false };
        var series = MonthlyFromMarch(100) with { FirstStepInYear = null };

        Assert.Equal(refitted.Weights(series, s_options), frozen.Weights(series, s_options));
    }

    [Fact]
    public void When_the_default_is_built_then_it_mixes_aicc_weighted_ets_and_drift()
    {
        var mixture = new OwnWeightMixtureForecaster();

        Assert.Equal(("ETS (AICc-weighted)", "Drift"), (mixture.Main.Name, mixture.Alternative.Name));
        Assert.Equal("ETS (AICc-weighted) and drift, own weights", mixture.Name);
        Assert.True(mixture.WeightsAtYearEnd);
    }

    private const double Z80 = 1.2815515655446004;

    // Both members flat with the same spread, which puts one year's growth of 1.5 (ln 1.5) at z = 2 against the
    // mixture's 90% quantile (the 25th of 27 levels, t = 11/13).
    private static readonly double s_spread = Z80 * Math.Log(1.5) * 13 / (2 * 11.0);

    private static OwnWeightMixtureForecaster Flat(int widthYears, HeldOutWidening widening = HeldOutWidening.None, bool centre = false) =>
        new(new Geometric("flat", 1, s_spread), new Geometric("flat too", 1, s_spread))
        {
            MinObservations = 3,
            OriginPaths = 27,
            WidthYears = widthYears,
            Widening = widening,
            HeldOutCentre = centre,
        };

    [Fact]
    public void When_the_series_outgrew_the_mixtures_upper_bounds_then_its_upper_tail_alone_is_widened_year_by_year()
    {
        // Both members flat with the same spread: every weight gives the same mixture, whose median is the last value
        // and whose 90% quantile (the 25th of 27 levels, t = 11/13) sits at spread × 11/13 (27 paths at each earlier origin). The spread puts one year's
        // growth (ln 1.5) at z = 2: year 1 of the eight earlier origins z² = 4, year 2 z = 4 (16), year 3 z = 6, capped
        // at 4. Every actual lay above the median, so the lower factors stay 1.
        var mixture = Flat(3, widening: HeldOutWidening.EachSide);

        var widths = mixture.Widths(Growing(), s_options);

        var upper = new[] { Math.Sqrt(3), Math.Sqrt(((4 * 3) + (7 * 16)) / 11.0), Math.Sqrt(((4 * 124 / 11.0) + (6 * 16)) / 10) };
        Assert.Equal(upper, widths.Upper, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal([1.0, 1.0, 1.0], widths.Lower);
        Assert.Equal(21, widths.Cases);
        var both = Flat(3, widening: HeldOutWidening.BothSides).Widths(Growing(), s_options);
        Assert.Equal(upper, both.Upper, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(upper, both.Lower, (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Fact]
    public void When_widths_are_scored_further_ahead_than_the_weights_then_the_later_years_get_their_own_factors_and_the_weights_stay()
    {
        // As above, but four years after each earlier origin: year 4 from the five origins 4 to 8 years back, z = 8,
        // capped at 4. The path weight is still scored on three years: the same as without widths.
        static OwnWeightMixtureForecaster Create(HeldOutWidening widening) => Flat(4, widening: widening);

        var widths = Create(HeldOutWidening.EachSide).Widths(Growing(), s_options);

        var third = ((4 * 124 / 11.0) + (6 * 16)) / 10;
        Assert.Equal(4, widths.Upper.Count);
        Assert.Equal(Math.Sqrt(((4 * third) + (5 * 16)) / 9), widths.Upper[3], 9);
        Assert.Equal(26, widths.Cases);
        Assert.Equal(Create(HeldOutWidening.None).Weights(Growing(), s_options), Create(HeldOutWidening.EachSide).Weights(Growing(), s_options));
    }

    [Fact]
    public void When_the_series_fell_below_the_mixtures_lower_bounds_then_its_lower_tail_alone_is_widened()
    {
        // The mirror of the growing series: falling by a third each year, z = −2, −4, −6 (capped at 4).
        var falling = TestSeries.Of(1, [.. Enumerable.Range(0, 12).Select(t => (double?)Math.Pow(1.5, -t))]);
        var mixture = Flat(3, widening: HeldOutWidening.EachSide);

        var widths = mixture.Widths(falling, s_options);

        // The 10% quantile is the 3rd of 27 levels (t = −11/13), as the 90% is the 25th: the same factors, below.
        var factors = new[] { Math.Sqrt(3), Math.Sqrt(((4 * 3) + (7 * 16)) / 11.0), Math.Sqrt(((4 * 124 / 11.0) + (6 * 16)) / 10) };
        Assert.Equal(factors, widths.Lower, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal([1.0, 1.0, 1.0], widths.Upper);
    }

    [Fact]
    public void When_the_series_outgrew_the_mixtures_centre_then_the_paths_and_point_forecast_move_up_by_the_mean_held_out_error()
    {
        // Errors of z = 2, 4 and 6 (capped at 4) units, a unit being s_spread × (11/13) / 1.2816 in logs: year 1 moves
        // by (4 × 0 + 8 × 2 units) / 12, year 2 by (4 × year 1 + 7 × 4 units) / 11, year 3 by (4 × year 2 + 6 × 4 units) / 10.
        var unit = s_spread * 11 / 13.0 / Z80;
        var mixture = Flat(3, centre: true);
        var last = Math.Pow(1.5, 11);

        var widths = mixture.Widths(Growing(), s_options);
        var forecast = mixture.Forecast(Growing(), 1, s_options);

        var first = 16 * unit / 12;
        var second = ((4 * first) + (28 * unit)) / 11;
        Assert.Equal([first, second, ((4 * second) + (24 * unit)) / 10], widths.Centre, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal([1.0, 1.0, 1.0], widths.Upper);
        Assert.Equal(last * Math.Exp(first), forecast.Mean[0], 6);
        Assert.Equal(last * Math.Exp(s_spread + first), forecast.Paths.Max(p => p[0]), 6);
    }

    [Fact]
    public void When_the_centre_is_moved_and_widths_are_asked_then_each_origins_z_is_taken_around_the_centre_the_others_moved_it_to()
    {
        // First year only: eight errors of 2 units. Without origin i the centre is (4 × 0 + 7 × 2 units) / 11, so each
        // z is 2 − 14/11 = 8/11, and the factor √((4 × 1 + 8 × (8/11)²) / 12): narrower, the move having taken the rest.
        var mixture = Flat(1, widening: HeldOutWidening.BothSides, centre: true);

        var widths = mixture.Widths(Growing(), s_options);

        Assert.Equal(Math.Sqrt((4 + (8 * 64 / 121.0)) / 12), Assert.Single(widths.Upper), 9);
        Assert.Equal(16 * (s_spread * 11 / 13.0 / Z80) / 12, Assert.Single(widths.Centre), 9);
    }

    [Fact]
    public void When_the_upper_tail_is_widened_then_paths_above_the_median_move_out_and_those_below_stay()
    {
        var mixture = Flat(3, widening: HeldOutWidening.EachSide);
        var last = Math.Pow(1.5, 11);

        var forecast = mixture.Forecast(Growing(), 1, s_options);

        // 27 paths (14 of the first member, 13 of the second), median the last value: the highest at last × e^s_spread
        // before, last × e^(s_spread × √3) after (the first year's upper factor, as above); the lowest, below the
        // median, unchanged.
        Assert.Equal(last * Math.Exp(s_spread * Math.Sqrt(3)), forecast.Paths.Max(p => p[0]), 6);
        Assert.Equal(last * Math.Exp(-s_spread), forecast.Paths.Min(p => p[0]), 6);
        Assert.Equal([last], forecast.Mean);
    }

    [Fact]
    public void When_the_widths_are_found_then_each_earlier_origin_is_scored_with_the_weight_chosen_without_it()
    {
        // One earlier origin (the year before the last), one year scored: held out, its weight is the prior ½ (no
        // other origin), where the weight chosen on it would be (6 × ½ + 1 × 1) / 7 (the growing member held it best).
        // At ½ the flat member's 27 paths fill the lower half: the median is its highest, last × e^0.1, and the 90%
        // quantile the growing member's 22nd, last × 1.5 × e^(0.1 × 8/13); the actual is last × 1.5.
        var mixture = new OwnWeightMixtureForecaster(new Geometric("flat", 1, 0.1), new Geometric("growing", 1.5, 0.1))
        {
            MinObservations = 3,
            OriginPaths = 27,
            WidthYears = 3,
            MaxOrigins = 1,
            Widening = HeldOutWidening.BothSides,
        };

        var widths = mixture.Widths(Growing(), s_options);

        var z = Z80 * Math.Log(1.5 / Math.Exp(0.1)) / Math.Log(1.5 * Math.Exp(0.1 * 8 / 13.0) / Math.Exp(0.1));
        Assert.Equal(1, widths.Cases);
        Assert.Equal(Math.Sqrt((4 + (z * z)) / 5), widths.Upper[0], 9);
        Assert.Equal([Math.Sqrt((4 + (z * z)) / 5), Math.Sqrt((4 + (z * z)) / 5)], widths.Upper.Skip(1), (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Fact]
    public void When_no_widening_is_asked_then_every_factor_is_one_and_the_paths_are_the_members()
    {
        var mixture = new OwnWeightMixtureForecaster(new Geometric("flat", 1, 0.3), new Geometric("growing", 1.5, 0.1)) { MinObservations = 3 };

        var widths = mixture.Widths(Growing(), s_options);

        Assert.Equal(new MixtureWidths([.. Enumerable.Repeat(1.0, 6)], [.. Enumerable.Repeat(1.0, 6)], [.. Enumerable.Repeat(0.0, 6)], 0), widths, new MixtureWidthsComparer());
        Assert.Equal(HeldOutWidening.None, new OwnWeightMixtureForecaster().Widening);
    }

    private sealed class MixtureWidthsComparer : IEqualityComparer<MixtureWidths>
    {
        public bool Equals(MixtureWidths? x, MixtureWidths? y) =>
            x is not null && y is not null && x.Upper.SequenceEqual(y.Upper) && x.Lower.SequenceEqual(y.Lower) && x.Centre.SequenceEqual(y.Centre) && x.Cases == y.Cases;

        public int GetHashCode(MixtureWidths obj) => obj.Cases;
    }
}
