using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Forecasting;

/// <summary>
/// One of several methods, chosen per series by how well each one's intervals held the series' own past: every
/// candidate is fitted at earlier origins of the same series (a year apart, back from the last step, as
/// <see cref="OwnErrorWidthForecaster"/> does), its year sums' 80% and 95% intervals are scored against what followed,
/// and the candidate with the best mean score forecasts the series proper. Only steps the series holds are used.
/// </summary>
/// <remarks>
/// The score is the interval score of Gneiting and Raftery (2007) on the logarithm of a year's sum, for the 80% and
/// the 95% interval added: the interval's width plus 2/α times how far outside it the actual fell, so a narrow
/// interval that holds wins and one that misses pays for it. Where no earlier origin can be scored, or the scores
/// tie, the first candidate is taken. It costs up to <see cref="MaxOrigins"/> more fits of every candidate.
/// </remarks>
public sealed class OwnBacktestChoiceForecaster : IForecaster
{
    private readonly IForecaster[] _candidates;

    /// <summary>The default candidates: AICc-weighted ETS, then drift.</summary>
    public OwnBacktestChoiceForecaster()
        : this(EtsForecaster.AkaikeWeighted(), new DriftForecaster())
    {
    }

    /// <summary>A choice among <paramref name="candidates"/>, the first taken when the past cannot tell.</summary>
    /// <exception cref="ArgumentException"><paramref name="candidates"/> is empty or contains null.</exception>
    public OwnBacktestChoiceForecaster(params IForecaster[] candidates)
    {
        _candidates = ForecastGuard.Members(candidates);
    }

    /// <summary>The methods chosen among, the default first.</summary>
    public IReadOnlyList<IForecaster> Candidates => _candidates;

    /// <summary>Earlier origins scored at most (the latest ones): 8.</summary>
    public int MaxOrigins { get; init; } = 8;

    /// <summary>Observed steps an earlier origin needs before it, as the target backtest asks of its origins: 24.</summary>
    public int MinObservations { get; init; } = 24;

    /// <summary>Paths simulated at each earlier origin: 400.</summary>
    public int OriginPaths { get; init; } = 400;

    /// <inheritdoc />
    public string Name => "Chosen by own backtest";

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ForecastGuard.Check(series, horizon, options);
        var scores = Scores(series, horizon, options);
        var best = 0;
        for (var i = 1; i < scores.Count; i++)
        {
            best = scores[i] < scores[best] ? i : best;
        }

        return _candidates[best].Forecast(series, horizon, options);
    }

    /// <summary>
    /// Each candidate's mean interval score (80% plus 95%, on log year sums) over the earlier origins of
    /// <paramref name="series"/> and the years after them a forecast of <paramref name="horizon"/> steps reaches;
    /// +∞ for a candidate that could not be scored.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public IReadOnlyList<double> Scores(ModelSeries series, int horizon, ForecastOptions options)
    {
        ForecastGuard.Check(series, horizon, options);
        var season = Math.Max(series.SeasonLength, 1);
        var years = (horizon + season - 1) / season;
        var sums = new double[_candidates.Length];
        var counts = new int[_candidates.Length];
        foreach (var origin in EarlierOrigins.Of(series, years, MaxOrigins, MinObservations))
        {
            var actuals = Enumerable.Range(0, origin.Years).Select(k => EarlierOrigins.Sum(series, origin.End + (k * season), season)).ToArray();
            if (actuals.All(a => a is not > 0))
            {
                continue;
            }

            for (var i = 0; i < _candidates.Length; i++)
            {
                var originOptions = options with { Paths = OriginPaths, Seed = GaussianSource.DeriveSeed(options.Seed, 1000 + ((series.Length - origin.End) / season)) };
                var past = _candidates[i].Forecast(origin.Head, origin.Years * season, originOptions);
                for (var k = 0; k < origin.Years && past.Paths.Count > 0; k++)
                {
                    if (actuals[k] is { } actual && actual > 0)
                    {
                        var sorted = EarlierOrigins.SortedPathSums(past, k * season, season);
                        sums[i] += LogIntervalScore.Of(p => Forecasting.Forecast.OfSorted(sorted, p), actual);
                        counts[i]++;
                    }
                }
            }
        }

        // Every candidate is scored on the same cases (a forecast without paths scores none): one scored on fewer is out.
        var most = counts.Max();
        return [.. sums.Select((s, i) => most == 0 ? 0 : counts[i] == most ? s / counts[i] : double.PositiveInfinity)];
    }
}
