using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Forecasting;

/// <summary>
/// ETS (AICc-weighted) and drift mixed in proportions set per series by the series' own past: both members are
/// fitted at up to <see cref="MaxOrigins"/> earlier origins of the same series (a year apart, back from the last step,
/// as <see cref="OwnBacktestChoiceForecaster"/> does), and two weights of the alternative (drift) are chosen there:
/// its share of the simulated paths, by the mixture's interval score on the year sums that followed, and its weight in
/// the point forecast, by the mixture's scaled absolute error on the steps that followed (used only when
/// <see cref="PointWeighted"/>). Only steps the series holds are used: nothing after its last step is seen.
/// </summary>
/// <remarks>
/// <para>Paths: for each weight w on a grid of tenths the mixture (1 − w)·main + w·alternative is scored by the
/// interval score of its 80% and 95% intervals on the log of every year sum that followed an earlier origin (up to
/// <see cref="ScoredYears"/> years after it), and the best w over the n scored sums is shrunk towards
/// <see cref="PriorPathWeight"/> as (n₀·prior + n·w) / (n₀ + n), n₀ = <see cref="PriorCases"/>: a series with little
/// past takes the weight that held best across many series, one with a long past its own.</para>
/// <para>Point forecast: ETS's own (the main member's), by default: the mixture sets the intervals and the
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
    private static readonly double[] s_grid = [.. Enumerable.Range(0, 11).Select(i => i / 10.0)];

    private readonly IForecaster _main;
    private readonly IForecaster _alternative;
    private readonly PastMembersCache _past = new();

    /// <summary>The default members: AICc-weighted ETS, and drift as R's <c>rwf</c>.</summary>
    public OwnWeightMixtureForecaster()
        : this(EtsForecaster.AkaikeWeighted(), new DriftForecaster())
    {
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

    /// <summary>The alternative's share of the paths where the series has no past: ½, as the pooled backtest favours.</summary>
    public double PriorPathWeight { get; init; } = 0.5;

    /// <summary>How many scored year sums the prior path weight counts as: 6.</summary>
    public double PriorCases { get; init; } = 6;

    /// <summary>True to mix the point forecast by <see cref="MixtureWeights.Point"/>; false (the default) for the main member's.</summary>
    public bool PointWeighted { get; init; }

    /// <summary>How many scored origins the prior point weight (0: ETS's point forecast) counts as: 4.</summary>
    public double PriorOrigins { get; init; } = 4;

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ForecastGuard.Check(series, horizon, options);
        var weights = Weights(series, options);
        var mainPaths = (int)Math.Round((1 - weights.Paths) * options.Paths, MidpointRounding.AwayFromZero);
        var main = _main.Forecast(series, horizon, options with { Paths = mainPaths, Seed = GaussianSource.DeriveSeed(options.Seed, 0) });
        var alternative = _alternative.Forecast(series, horizon, options with { Paths = options.Paths - mainPaths, Seed = GaussianSource.DeriveSeed(options.Seed, 1) });
        var v = PointWeighted ? weights.Point : 0;
        var mean = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            mean[h] = v == 0 ? main.Mean[h] : ((1 - v) * main.Mean[h]) + (v * alternative.Mean[h]);
        }

        var method = ForecastMethod.WeightedEnsemble([(main.Method, 1 - weights.Paths), (alternative.Method, weights.Paths)]);
        return new Forecast(method, mean, [.. main.Paths, .. alternative.Paths], SimpleForecasts.OfMembers([], [main, alternative]));
    }

    /// <summary>
    /// The alternative's weights for <paramref name="series"/>, from its own earlier origins (see remarks on the class);
    /// the same for every forecast of the same series, whatever the horizon or the number of paths asked.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public MixtureWeights Weights(ModelSeries series, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        var season = Math.Max(series.SeasonLength, 1);
        var intervalScores = new double[s_grid.Length];
        var pointErrors = new double[s_grid.Length];
        var (cases, origins) = (0, 0);
        foreach (var origin in EarlierOrigins.Of(series, ScoredYears, MaxOrigins, MinObservations))
        {
            var past = _past.GetOrAdd(origin.Head, options, () => FitAt(origin.Head, season, options));
            for (var k = 0; k < origin.Years; k++)
            {
                if (EarlierOrigins.Sum(series, origin.End + (k * season), season) is { } actual && actual > 0
                    && past.MainYearSums[k].Length > 0 && past.AlternativeYearSums[k].Length > 0)
                {
                    var mixture = new MixtureQuantiles(past.MainYearSums[k], past.AlternativeYearSums[k]);
                    for (var g = 0; g < s_grid.Length; g++)
                    {
                        intervalScores[g] += LogIntervalScore.Of(p => mixture.Quantile(s_grid[g], p), actual);
                    }

                    cases++;
                }
            }

            if (PointErrors(series, origin, past, season) is { } errors)
            {
                for (var g = 0; g < s_grid.Length; g++)
                {
                    pointErrors[g] += errors[g];
                }

                origins++;
            }
        }

        var paths = cases == 0 ? PriorPathWeight : ((PriorCases * PriorPathWeight) + (cases * Best(intervalScores, PriorPathWeight))) / (PriorCases + cases);
        var point = origins == 0 ? 0 : origins * Best(pointErrors, 0) / (PriorOrigins + origins);
        return new MixtureWeights(paths, point, cases, origins);
    }

    /// <summary>Both members fitted on the series as it stood at an earlier origin, seeded by its length alone (so the same head always gives the same fit).</summary>
    private PastMembers FitAt(ModelSeries head, int season, ForecastOptions options)
    {
        var steps = ScoredYears * season;
        var main = _main.Forecast(head, steps, options with { Paths = OriginPaths, Seed = GaussianSource.DeriveSeed(options.Seed, 1000 + head.Length) });
        var alternative = _alternative.Forecast(head, steps, options with { Paths = OriginPaths, Seed = GaussianSource.DeriveSeed(options.Seed, 5000 + head.Length) });
        return PastMembers.Of(main, alternative, ScoredYears, season);
    }

    /// <summary>
    /// Per grid weight, the mixed point forecast's mean absolute error on the observed steps after
    /// <paramref name="origin"/> (its scored years), divided by the seasonal naive error of the series as it stood;
    /// null when no step is observed or the scale is not positive.
    /// </summary>
    private static double[]? PointErrors(ModelSeries series, EarlierOrigins.Origin origin, PastMembers past, int season)
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
                errors[g] += Math.Abs(actual - (((1 - s_grid[g]) * past.MainMean[h]) + (s_grid[g] * past.AlternativeMean[h])));
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
}
