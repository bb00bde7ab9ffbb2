namespace Turnover.Analytics.Forecasting;

/// <summary>
/// A forecast for the next steps of a <see cref="ModelSeries"/>: the point forecast and simulated sample paths,
/// from which intervals and any derived probability (a target's crossing, a cumulative sum) are read.
/// </summary>
/// <param name="Method">The method as fitted (family, ETS form, members and weights); the renderers word it.</param>
/// <param name="Mean">Point forecast per step ahead (index 0 = one step ahead).</param>
/// <param name="Paths">Simulated futures: Paths[p][h] is path p at step h+1. Non-negative for trade values.</param>
/// <param name="Notes">Why a fallback was used (short series, zeros, failed fit…), in order; empty when none was.</param>
public sealed record Forecast(ForecastMethod Method, IReadOnlyList<double> Mean, IReadOnlyList<double[]> Paths, IReadOnlyList<ForecastNote> Notes)
{
    /// <summary>
    /// How <see cref="Mean"/> was made when apart from the paths (the own-weight mixture's: its paths mix ETS and drift,
    /// its point forecast weighs ETS against Theta), so a fan shows it rather than the average of the paths and says
    /// how it was weighed; null (the default) when the paths' average stands for the point forecast.
    /// </summary>
    public PointForecastMethod? Point { get; init; }

    /// <summary>True when <see cref="Mean"/> is made apart from the paths (<see cref="Point"/> is set).</summary>
    public bool OwnPoint => Point is not null;

    /// <summary>
    /// False when the series could not give the method a spread (a single observation, too few for it, no two
    /// consecutive), as its notes say, or for a combination could not give any member one: the paths are then the
    /// point forecast (or the members' point forecasts) repeated, and an interval read off them would show as certain,
    /// or as their disagreement alone, what the data cannot tell. True otherwise, a constant series included (its
    /// spread is estimated, as zero), and a combination of which one member has a spread.
    /// </summary>
    public bool SpreadEstimated => Method.Family is ForecastFamily.Ensemble or ForecastFamily.WeightedEnsemble
        ? Method.Parts.Any(p => p.Weight is not <= 0 && !Notes.Any(n => n.Member == p.Method && IsSpreadless(n.Kind)))
        : !Notes.Any(n => n.Member is null && IsSpreadless(n.Kind));

    /// <summary>
    /// Where <see cref="SpreadEstimated"/> is false, the fewest observations in consecutive steps with which the
    /// method, or a combination's least demanding member, estimates a spread; null where the spread was estimated or
    /// no note says.
    /// </summary>
    public int? ObservationsForSpread => SpreadEstimated ? null : Notes.Where(n => IsSpreadless(n.Kind)).Min(n => n.ObservationsNeeded);

    private static bool IsSpreadless(ForecastNoteKind kind) => kind is ForecastNoteKind.NothingObserved or ForecastNoteKind.SingleObservation
        or ForecastNoteKind.SpreadNotEstimable or ForecastNoteKind.NoConsecutiveObservations;

    /// <summary>The empirical quantile (0–1) of the simulated paths at step h (0-based).</summary>
    public double Quantile(int h, double probability)
    {
        var values = Paths.Select(p => p[h]).Order().ToArray();
        return values.Length == 0 ? double.NaN : OfSorted(values, probability);
    }

    /// <summary>The quantile (0–1) of ascending values, interpolated between the two nearest; the values must not be empty.</summary>
    internal static double OfSorted(double[] sorted, double probability)
    {
        var position = probability * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
