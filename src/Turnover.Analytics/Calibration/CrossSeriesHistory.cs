namespace Turnover.Analytics.Calibration;

/// <summary>
/// What a correction learnt across series may see at one origin of one series: the cases of the other series (of the
/// same kind, when kinds are given) whose outcome was known by that origin, i.e. whose deadline year ended on or
/// before the origin's December. Nothing of the series itself, nothing decided after the origin.
/// </summary>
/// <param name="Series">The series being corrected.</param>
/// <param name="OriginYear">Its origin: the figures through December of this year are known.</param>
/// <param name="Kind">
/// When not null, only series for which it gives the same kind as for <see cref="Series"/> are learnt from (e.g. a
/// pair's total learns only from other pairs); null: every other series.
/// </param>
public sealed record CrossSeriesHistory(string Series, int OriginYear, Func<string, string>? Kind = null)
{
    /// <summary>
    /// A diagnostic, never for a probability anyone is told: also admit the other series' outcomes decided after the
    /// origin, to tell how much of a correction's failure out of sample comes from the years changing (in sample in
    /// time) rather than from the series differing (still out of sample in series).
    /// </summary>
    public bool IncludingLater { get; init; }

    /// <summary>
    /// When not null, only outcomes decided in the last this many years up to the origin (deadline after
    /// <c>OriginYear − WindowYears</c>): a correction that follows a drift over time, at the price of fewer cases.
    /// </summary>
    public int? WindowYears { get; init; }

    /// <summary>
    /// True when a case of <paramref name="series"/> posed at <paramref name="originYear"/> with its deadline (or the
    /// year it forecast) <paramref name="horizon"/> years later may be learnt from here.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public bool Admits(string series, int originYear, int horizon)
    {
        ArgumentNullException.ThrowIfNull(series);
        return !string.Equals(series, Series, StringComparison.Ordinal)
            && (IncludingLater || originYear + horizon <= OriginYear)
            && (WindowYears is not { } window || originYear + horizon > OriginYear - window)
            && (Kind is null || string.Equals(Kind(series), Kind(Series), StringComparison.Ordinal));
    }

    /// <summary>The targets whose outcome may be learnt from here.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null.</exception>
    public IEnumerable<TargetCase> Targets(IEnumerable<TargetCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return cases.Where(c => Admits(c.Series, c.OriginYear, c.Horizon));
    }

    /// <summary>The forecast annual totals whose actual may be learnt from here.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null.</exception>
    public IEnumerable<AnnualIntervalCase> Intervals(IEnumerable<AnnualIntervalCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return cases.Where(c => Admits(c.Series, c.OriginYear, c.Horizon));
    }
}
