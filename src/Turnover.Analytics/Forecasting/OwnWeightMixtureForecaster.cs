using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Forecasting;

/// <summary>
/// ETS (AICc-weighted) and drift mixed in proportions set per series by the series' own past: both members are
/// fitted at up to <see cref="MaxOrigins"/> earlier origins of the same series (a year apart, back from the last year
/// end under <see cref="WeightsAtYearEnd"/>, else from the last step, as <see cref="OwnBacktestChoiceForecaster"/>
/// does), and two weights of the alternative (drift) are chosen there: its share of the simulated paths, by the
/// mixture's interval score on the year sums that followed, and its weight in the point forecast, by the mixture's
/// scaled absolute error on the steps that followed (used only when <see cref="PointWeighted"/>). Only steps the
/// series holds are used: nothing after its last step is seen.
/// </summary>
/// <remarks>
/// <para>Paths: for each weight w on a grid of tenths the mixture (1 − w)·main + w·alternative is scored by the
/// interval score of its 80% and 95% intervals on the log of every year sum that followed an earlier origin (up to
/// <see cref="ScoredYears"/> years after it), and the best w over the n scored sums is shrunk towards
/// <see cref="PriorPathWeight"/> as (n₀·prior + n·w) / (n₀ + n), n₀ = <see cref="PriorCases"/>: a series with little
/// past takes the weight that held best across many series, one with a long past its own.</para>
/// <para>Point forecast: with a <see cref="PointMember"/> (Theta in the default members), (1 − u)·main's + u·the point
/// member's, u chosen on the same grid by the same scaled point errors at the earlier origins and shrunk towards
/// <see cref="PriorPointMemberWeight"/> (½) with <see cref="PriorOrigins"/> origins' weight; measured (README, bench/forecast-compare),
/// ETS weighed against Theta this way is as accurate as R's ets on the synthetic series and better on the real windows,
/// where ETS's own point forecast was worse. Without a point member: ETS's own (the main member's): the mixture sets the intervals and the
/// probabilities read off the paths, not the centre a table prints. With <see cref="PointWeighted"/> it is instead
/// (1 − v)·main's + v·alternative's, v chosen as the path weight is but by the mean absolute error of the mixed point
/// forecast on the steps that followed each earlier origin (scaled by the seasonal naive error of the series as it
/// stood, as MASE is), shrunk towards 0 with <see cref="PriorOrigins"/> origins' weight; measured (README), that was
/// less accurate than ETS's own point forecast on both the synthetic and the real series, so it is not the default.</para>
/// <para>Cost: each earlier origin is two more fits at <see cref="OriginPaths"/> paths, kept for the life of the
/// instance (keyed by the truncated series, which does not change from one forecast to the next), so a backtest at
/// every December, or several targets on one series, fits each earlier origin once.</para>
/// </remarks>
public sealed class OwnWeightMixtureForecaster : IForecaster
{
    /// <summary>The z of an 80% interval's bound under a normal log-spread: Φ⁻¹(0.9).</summary>
    private const double Z80 = 1.2815515655446004;

    /// <summary>The largest |z| one past sum contributes to a width factor (one supplier's start or stop does not decide it alone).</summary>
    private const double MaxZ = 4;

    private static readonly double[] s_grid = [.. Enumerable.Range(0, 11).Select(i => i / 10.0)];

    private readonly IForecaster _main;
    private readonly IForecaster _alternative;
    private readonly PastMembersCache _past = new();

    /// <summary>
    /// The default members: AICc-weighted ETS and drift as R's <c>rwf</c> for the paths, and Theta as the
    /// <see cref="PointMember"/>: the point forecast weighs ETS against Theta by the series' own earlier origins.
    /// </summary>
    public OwnWeightMixtureForecaster()
        : this(EtsForecaster.AkaikeWeighted(), new DriftForecaster())
    {
        PointMember = new ThetaForecaster();
    }

    /// <summary>A mixture of <paramref name="main"/> and <paramref name="alternative"/>, weighted per series.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OwnWeightMixtureForecaster(IForecaster main, IForecaster alternative)
    {
        ArgumentNullException.ThrowIfNull(main);
        ArgumentNullException.ThrowIfNull(alternative);
        (_main, _alternative) = (main, alternative);
        Name = $"{main.Name} and {alternative.Name.ToLowerInvariant()}, own weights";
    }

    /// <summary>The member whose point forecast is kept where the series' past cannot tell (ETS).</summary>
    public IForecaster Main => _main;

    /// <summary>The member weighed against it (drift).</summary>
    public IForecaster Alternative => _alternative;

    /// <inheritdoc cref="IForecaster.Name" />
    public string Name { get; init; }

    /// <summary>Earlier origins scored at most (the latest ones): 8.</summary>
    public int MaxOrigins { get; init; } = 8;

    /// <summary>Observed steps an earlier origin needs before it, as the target backtest asks of its origins: 24.</summary>
    public int MinObservations { get; init; } = 24;

    /// <summary>Paths simulated by each member at each earlier origin: 400.</summary>
    public int OriginPaths { get; init; } = 400;

    /// <summary>Years after an earlier origin scored at most (the calibration goals' horizons): 3.</summary>
    public int ScoredYears { get; init; } = 3;

    /// <summary>
    /// Years after an earlier origin whose errors set the width factors, when <see cref="Widening"/> asks for them: 6,
    /// the longest deadline the target backtest poses (a spread too narrow far ahead is not seen in the first years).
    /// </summary>
    public int WidthYears { get; init; } = 6;

    /// <summary>Years simulated at each earlier origin: the scored years, and the width years when widths or a centre are asked.</summary>
    private int FittedYears => Widening == HeldOutWidening.None && !HeldOutCentre ? ScoredYears : Math.Max(ScoredYears, WidthYears);

    /// <summary>The alternative's share of the paths where the series has no past: ½, as the pooled backtest favours.</summary>
    public double PriorPathWeight { get; init; } = 0.5;

    /// <summary>How many scored year sums the prior path weight counts as: 6.</summary>
    public double PriorCases { get; init; } = 6;

    /// <summary>True to mix the point forecast by <see cref="MixtureWeights.Point"/>; false (the default) for the main member's.</summary>
    public bool PointWeighted { get; init; }

    /// <summary>How many scored origins the prior point weight (0: ETS's point forecast) counts as: 4.</summary>
    public double PriorOrigins { get; init; } = 4;

    /// <summary>
    /// A third forecaster used for the point forecast only (null: none), weighed against the main member by the
    /// series' own earlier origins (see <see cref="MixtureWeights.PointMember"/>): the point forecast is then
    /// (1 − u)·main's + u·this one's. Its paths are never simulated, so the paths, and every interval and probability
    /// read off them, are the same with it as without it. Not with <see cref="PointWeighted"/>.
    /// </summary>
    public IForecaster? PointMember { get; init; }

    /// <summary>
    /// The point member's weight where the series has no earlier origin to score: ½, the equal-weight combination
    /// (with no evidence either way, equal weights are the combination that is hard to beat).
    /// </summary>
    public double PriorPointMemberWeight { get; init; } = 0.5;

    /// <summary>
    /// Whether the paths are scaled by the mixture's held-out errors at the earlier origins (see
    /// <see cref="Widths"/>); <see cref="HeldOutWidening.None"/> by default.
    /// </summary>
    public HeldOutWidening Widening { get; init; }

    /// <summary>
    /// True to move every path (and the point forecast) by the mixture's mean held-out log error at the earlier
    /// origins, per year of lead time (see <see cref="Widths"/>); false by default.
    /// </summary>
    public bool HeldOutCentre { get; init; }

    /// <summary>
    /// True (the default) to choose the weights (and widths) on the series only through its last year end, when the
    /// series says where its years end (<see cref="ModelSeries.FirstStepInYear"/>): the weights are scored on year
    /// sums, so a month inside a year adds no sum to score, and with this the weights stay as they were at the year end
    /// until the next one (one ordinary month cannot move them; measured, README). False: on the series as it stands,
    /// its earlier origins a year apart back from its last step, whatever month that is (the default until
    /// 4 December 2026).
    /// </summary>
    public bool WeightsAtYearEnd { get; init; } = true;

    /// <summary>How many agreeing outcomes the previous year's width factor (1 for the first) counts as: 4.</summary>
    public double PriorWidthCases { get; init; } = 4;

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ForecastGuard.Check(series, horizon, options);
        if (PointWeighted && PointMember is not null)
        {
            throw new InvalidOperationException("A point member and a point weighted by the alternative exclude each other: set one.");
        }

        var weights = Weights(series, options);
        var mainPaths = (int)Math.Round((1 - weights.Paths) * options.Paths, MidpointRounding.AwayFromZero);
        var main = _main.Forecast(series, horizon, options with { Paths = mainPaths, Seed = GaussianSource.DeriveSeed(options.Seed, 0) });
        var alternative = _alternative.Forecast(series, horizon, options with { Paths = options.Paths - mainPaths, Seed = GaussianSource.DeriveSeed(options.Seed, 1) });
        var (v, other, scored) = PointWeighted
            ? (weights.Point, alternative, weights.Origins)
            : (weights.PointMember, PointForecast(series, horizon, options), weights.PointMemberOrigins);
        var mean = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            mean[h] = v == 0 ? main.Mean[h] : ((1 - v) * main.Mean[h]) + (v * other!.Mean[h]);
        }

        var method = ForecastMethod.WeightedEnsemble([(main.Method, 1 - weights.Paths), (alternative.Method, weights.Paths)]);
        var point = new PointForecastMethod(
            ForecastMethod.WeightedEnsemble(other is null ? [(main.Method, 1)] : [(main.Method, 1 - v), (other.Method, v)]),
            other is null ? 0 : scored);
        var mixed = new Forecast(method, mean, [.. main.Paths, .. alternative.Paths], SimpleForecasts.OfMembers([], [main, alternative])) { Point = point };
        if ((Widening == HeldOutWidening.None && !HeldOutCentre) || mixed.Paths.Count == 0)
        {
            return mixed;
        }

        var widths = Widths(series, options);
        return WidenedForecaster.Scale(Shifted(mixed, series.SeasonLength, widths.Centre), series.SeasonLength, widths.Upper, widths.Lower);
    }

    /// <summary>The point member's forecast (no paths: they would not be used), or null without one.</summary>
    private Forecast? PointForecast(ModelSeries series, int horizon, ForecastOptions options) =>
        PointMember?.Forecast(series, horizon, options with { Paths = 0, Seed = GaussianSource.DeriveSeed(options.Seed, 2) });

    /// <summary>Every path value and the point forecast at step h multiplied by e^centre[year of h] (the last year's beyond).</summary>
    private static Forecast Shifted(Forecast forecast, int seasonLength, IReadOnlyList<double> centre)
    {
        if (centre.All(c => c == 0))
        {
            return forecast;
        }

        double Factor(int h) => Math.Exp(centre[Math.Min(h / Math.Max(seasonLength, 1), centre.Count - 1)]);
        var mean = forecast.Mean.Select((m, h) => m * Factor(h)).ToArray();
        var paths = forecast.Paths.Select(p => p.Select((v, h) => v * Factor(h)).ToArray()).ToArray();
        return forecast with { Mean = mean, Paths = paths };
    }

    /// <summary>
    /// The alternative's weights for <paramref name="series"/>, from its own earlier origins (see remarks on the class);
    /// the same for every forecast of the same series, whatever the horizon or the number of paths asked.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public MixtureWeights Weights(ModelSeries series, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        var past = Past(WeighedOn(series), options);
        var intervalScores = new double[s_grid.Length];
        var pointErrors = new double[s_grid.Length];
        var memberErrors = new double[s_grid.Length];
        var (cases, origins, memberOrigins) = (0, 0, 0);
        foreach (var origin in past)
        {
            foreach (var sum in origin.Sums.Where(s => s.Year < ScoredYears))
            {
                for (var g = 0; g < s_grid.Length; g++)
                {
                    intervalScores[g] += sum.Scores[g];
                }

                cases++;
            }

            if (origin.PointErrors is { } errors)
            {
                for (var g = 0; g < s_grid.Length; g++)
                {
                    pointErrors[g] += errors[g];
                }

                origins++;
            }

            if (origin.MemberErrors is { } member)
            {
                for (var g = 0; g < s_grid.Length; g++)
                {
                    memberErrors[g] += member[g];
                }

                memberOrigins++;
            }
        }

        var point = origins == 0 ? 0 : origins * Best(pointErrors, 0) / (PriorOrigins + origins);
        var pointMember = PointMember is null ? 0
            : ((PriorOrigins * PriorPointMemberWeight) + (memberOrigins * Best(memberErrors, PriorPointMemberWeight))) / (PriorOrigins + memberOrigins);
        return new MixtureWeights(PathWeight(intervalScores, cases), point, cases, origins, pointMember, memberOrigins);
    }

    /// <summary>
    /// The width factors for <paramref name="series"/> under <see cref="Widening"/> (every factor 1 under
    /// <see cref="HeldOutWidening.None"/>), one per year of lead time up to <see cref="WidthYears"/>.
    /// </summary>
    /// <remarks>
    /// Out of sample twice over: each earlier origin's year sums are scored against the mixture with the path weight
    /// chosen, as <see cref="Weights"/> chooses it, from the other earlier origins alone, because the weight chosen on
    /// a sum fits that sum better than it will fit the next one (the narrow interval that held); and, as for every
    /// earlier origin, nothing after the series' last step is seen. Each sum's standardised error is z = 1.2816 ·
    /// ln(actual / median) / ln(bound / median), the 80% bound on the actual's side, |z| capped at 4: z² averages 1
    /// when the spread is right, on either side of the median alone too. The factor for year k is
    /// √(((n₀ · f²ₖ₋₁) + Σ z²) / (n₀ + n)), n₀ = <see cref="PriorWidthCases"/>, f₀ = 1, kept within 0.5–4 (as
    /// <see cref="OwnErrorWidthForecaster"/> computes it); under <see cref="HeldOutWidening.EachSide"/> the sums above
    /// the median set the upper factors and those below the lower ones.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public MixtureWidths Widths(ModelSeries series, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        var years = Math.Max(WidthYears, 1);
        var (upper, lower) = (new List<double>[years], new List<double>[years]);
        for (var k = 0; k < years; k++)
        {
            (upper[k], lower[k]) = ([], []);
        }

        var errors = new List<double>[years];
        for (var k = 0; k < years; k++)
        {
            errors[k] = [];
        }

        var cases = 0;
        var scored = new List<List<PastError>>();
        if (Widening != HeldOutWidening.None || HeldOutCentre)
        {
            var past = Past(WeighedOn(series), options);
            for (var i = 0; i < past.Count; i++)
            {
                var others = new double[s_grid.Length];
                var otherCases = 0;
                foreach (var sum in past.Where((_, j) => j != i).SelectMany(o => o.Sums).Where(s => s.Year < ScoredYears))
                {
                    for (var g = 0; g < s_grid.Length; g++)
                    {
                        others[g] += sum.Scores[g];
                    }

                    otherCases++;
                }

                var weight = PathWeight(others, otherCases);
                scored.Add([.. past[i].Sums.Where(s => s.Year < years).Select(s => Error(s, weight)).OfType<PastError>()]);
                foreach (var error in scored[^1])
                {
                    // The log error, as far out as |z| = 4 at most (the cap the widths use).
                    errors[error.Year].Add(Math.Clamp(error.Z(0), -MaxZ, MaxZ) * error.Unit(0));
                    cases++;
                }
            }
        }

        var centre = HeldOutCentre ? Centres(errors) : new double[years];
        for (var i = 0; i < scored.Count && Widening != HeldOutWidening.None; i++)
        {
            // With a moved centre, each origin's z is taken around the centre moved by the other origins alone.
            var moved = HeldOutCentre ? Centres(Errors(scored.Where((_, j) => j != i), years)) : new double[years];
            foreach (var error in scored[i])
            {
                var z = error.Z(moved[error.Year]);
                (z > 0 || Widening == HeldOutWidening.BothSides ? upper : lower)[error.Year].Add(Math.Min(z * z, MaxZ * MaxZ));
            }
        }

        if (Widening == HeldOutWidening.BothSides)
        {
            var both = Factors(upper);
            return new MixtureWidths(both, both, centre, cases);
        }

        return new MixtureWidths(Factors(upper), Factors(lower), centre, cases);
    }

    /// <summary>The series the weights and widths are chosen on: cut at its last year end under <see cref="WeightsAtYearEnd"/>.</summary>
    private ModelSeries WeighedOn(ModelSeries series) =>
        WeightsAtYearEnd && series.StepsThroughLastYearEnd is { } end && end < series.Length
            ? series with { Values = [.. series.Values.Take(end)] }
            : series;

    /// <summary>The capped log errors of <paramref name="origins"/>, per year of lead time.</summary>
    private static List<double>[] Errors(IEnumerable<List<PastError>> origins, int years)
    {
        var errors = new List<double>[years];
        for (var k = 0; k < years; k++)
        {
            errors[k] = [];
        }

        foreach (var error in origins.SelectMany(o => o))
        {
            errors[error.Year].Add(Math.Clamp(error.Z(0), -MaxZ, MaxZ) * error.Unit(0));
        }

        return errors;
    }

    /// <summary>The path weight for interval-score totals over <paramref name="cases"/> sums, shrunk towards the prior.</summary>
    private double PathWeight(double[] intervalScores, int cases) =>
        cases == 0 ? PriorPathWeight : ((PriorCases * PriorPathWeight) + (cases * Best(intervalScores, PriorPathWeight))) / (PriorCases + cases);

    /// <summary>Per year of lead time, √(((n₀ · f²ₖ₋₁) + Σ z²) / (n₀ + n)) with f₀ = 1, kept within 0.5–4.</summary>
    private double[] Factors(List<double>[] squares)
    {
        var factors = new double[squares.Length];
        var prior = 1.0;
        for (var k = 0; k < squares.Length; k++)
        {
            var square = ((PriorWidthCases * prior * prior) + squares[k].Sum()) / (PriorWidthCases + squares[k].Count);
            factors[k] = Math.Clamp(Math.Sqrt(square), 0.5, 4);
            prior = factors[k];
        }

        return factors;
    }

    /// <summary>Per year of lead time, ((n₀ · bₖ₋₁) + Σ e) / (n₀ + n) with b₀ = 0: the mean log error shrunk towards the year before's.</summary>
    private double[] Centres(List<double>[] errors)
    {
        var centres = new double[errors.Length];
        var prior = 0.0;
        for (var k = 0; k < errors.Length; k++)
        {
            centres[k] = ((PriorWidthCases * prior) + errors[k].Sum()) / (PriorWidthCases + errors[k].Count);
            prior = centres[k];
        }

        return centres;
    }

    /// <summary>
    /// A past year sum's log error against the mixture with <paramref name="weight"/> (ln(actual / median)) and the log
    /// distance one z stands for above and below the median (ln(bound / median) / 1.2816, the 80% bounds); null when
    /// the interval gives no scale.
    /// </summary>
    private static PastError? Error(PastSum sum, double weight)
    {
        var median = sum.Mixture.Quantile(weight, 0.5);
        var (upper, lower) = (sum.Mixture.Quantile(weight, 0.9), sum.Mixture.Quantile(weight, 0.1));
        if (!(median > 0) || !(upper > median) || !(lower > 0) || !(lower < median))
        {
            return null;
        }

        var error = new PastError(sum.Year, Math.Log(sum.Actual / median), Math.Log(upper / median) / Z80, Math.Log(median / lower) / Z80);
        return double.IsFinite(error.LogError) && double.IsFinite(error.UpUnit) && double.IsFinite(error.DownUnit) ? error : null;
    }

    /// <summary>Every earlier origin's scored year sums (with each grid weight's interval score) and point errors.</summary>
    private List<PastOrigin> Past(ModelSeries series, ForecastOptions options)
    {
        var season = Math.Max(series.SeasonLength, 1);
        var result = new List<PastOrigin>();
        foreach (var origin in EarlierOrigins.Of(series, FittedYears, MaxOrigins, MinObservations))
        {
            var past = _past.GetOrAdd(origin.Head, options, () => FitAt(origin.Head, season, options));
            var sums = new List<PastSum>();
            for (var k = 0; k < origin.Years; k++)
            {
                if (EarlierOrigins.Sum(series, origin.End + (k * season), season) is { } actual && actual > 0
                    && past.MainYearSums[k].Length > 0 && past.AlternativeYearSums[k].Length > 0)
                {
                    var mixture = new MixtureQuantiles(past.MainYearSums[k], past.AlternativeYearSums[k]);
                    sums.Add(new PastSum(k, actual, mixture, [.. s_grid.Select(w => LogIntervalScore.Of(p => mixture.Quantile(w, p), actual))]));
                }
            }

            var scored = origin with { Years = Math.Min(origin.Years, ScoredYears) };
            result.Add(new PastOrigin(
                sums,
                PointErrors(series, scored, past.MainMean, past.AlternativeMean, season),
                past.PointMemberMean is { } member ? PointErrors(series, scored, past.MainMean, member, season) : null));
        }

        return result;
    }

    /// <summary>Both members fitted on the series as it stood at an earlier origin, seeded by its length alone (so the same head always gives the same fit).</summary>
    private PastMembers FitAt(ModelSeries head, int season, ForecastOptions options)
    {
        var steps = FittedYears * season;
        var main = _main.Forecast(head, steps, options with { Paths = OriginPaths, Seed = GaussianSource.DeriveSeed(options.Seed, 1000 + head.Length) });
        var alternative = _alternative.Forecast(head, steps, options with { Paths = OriginPaths, Seed = GaussianSource.DeriveSeed(options.Seed, 5000 + head.Length) });
        return PastMembers.Of(main, alternative, FittedYears, season) with { PointMemberMean = PointForecast(head, steps, options)?.Mean };
    }

    /// <summary>
    /// Per grid weight w, the mean absolute error of the point forecast (1 − w)·<paramref name="main"/> +
    /// w·<paramref name="other"/> on the observed steps after <paramref name="origin"/> (its scored years), divided by
    /// the seasonal naive error of the series as it stood (as MASE is); null when no step is observed or the scale is
    /// not positive.
    /// </summary>
    private static double[]? PointErrors(ModelSeries series, EarlierOrigins.Origin origin, IReadOnlyList<double> main, IReadOnlyList<double> other, int season)
    {
        var scale = ForecastAccuracy.SeasonalNaiveScale(origin.Head);
        if (!(scale > 0))
        {
            return null;
        }

        var errors = new double[s_grid.Length];
        var count = 0;
        for (var h = 0; h < origin.Years * season; h++)
        {
            if (series.Values[origin.End + h] is not { } actual)
            {
                continue;
            }

            for (var g = 0; g < s_grid.Length; g++)
            {
                errors[g] += Math.Abs(actual - (((1 - s_grid[g]) * main[h]) + (s_grid[g] * other[h])));
            }

            count++;
        }

        return count == 0 ? null : [.. errors.Select(e => e / count / scale)];
    }

    /// <summary>The grid weight with the lowest total; of equal ones, the one nearest <paramref name="prior"/>.</summary>
    private static double Best(double[] totals, double prior)
    {
        var best = 0;
        for (var g = 1; g < s_grid.Length; g++)
        {
            if (totals[g] < totals[best] || (totals[g] == totals[best] && Math.Abs(s_grid[g] - prior) < Math.Abs(s_grid[best] - prior)))
            {
                best = g;
            }
        }

        return s_grid[best];
    }

    /// <summary>One year sum after an earlier origin: its year (0 = the first), the actual, the members' sums, each grid weight's score.</summary>
    private sealed record PastSum(int Year, double Actual, MixtureQuantiles Mixture, double[] Scores);

    /// <summary>A past sum's log error from the median and the log distance of one z above and below it.</summary>
    private sealed record PastError(int Year, double LogError, double UpUnit, double DownUnit)
    {
        /// <summary>The log distance of one z on the side the error lies on, from a median moved by <paramref name="centre"/>.</summary>
        public double Unit(double centre) => LogError - centre > 0 ? UpUnit : DownUnit;

        /// <summary>The z of the error from a median moved by <paramref name="centre"/> (in logs).</summary>
        public double Z(double centre) => (LogError - centre) / Unit(centre);
    }

    /// <summary>
    /// One earlier origin's scored sums and, per grid weight, the scaled point error of main mixed with the alternative
    /// and with the point member (null when none).
    /// </summary>
    private sealed record PastOrigin(List<PastSum> Sums, double[]? PointErrors, double[]? MemberErrors);
}
