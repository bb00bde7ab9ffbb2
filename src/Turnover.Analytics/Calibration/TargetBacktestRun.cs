namespace Turnover.Analytics.Calibration;

/// <summary>Everything one method stated at the origins of one or more series, and what happened.</summary>
/// <param name="Method">The forecaster's name.</param>
/// <param name="Origins">The origin years evaluated, per series label, ascending.</param>
/// <param name="Targets">Every target posed, by series, origin, horizon and growth.</param>
/// <param name="Intervals">Every forecast annual total with its actual, by series, origin and horizon.</param>
public sealed record TargetBacktestRun(
    string Method,
    IReadOnlyList<SeriesOrigins> Origins,
    IReadOnlyList<TargetCase> Targets,
    IReadOnlyList<AnnualIntervalCase> Intervals)
{
    /// <summary>How the stated probabilities moved month by month through the year after each origin (empty unless asked for).</summary>
    public IReadOnlyList<StabilityCase> Stability { get; init; } = [];

    /// <summary>Every origin's simulated year totals (empty unless <see cref="TargetBacktestOptions.KeepPaths"/>).</summary>
    public IReadOnlyList<OriginPaths> Paths { get; init; } = [];

    /// <summary>The cases of both runs (same method), this one's first.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public TargetBacktestRun Append(TargetBacktestRun other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new TargetBacktestRun(Method, [.. Origins, .. other.Origins], [.. Targets, .. other.Targets], [.. Intervals, .. other.Intervals])
        {
            Stability = [.. Stability, .. other.Stability],
            Paths = [.. Paths, .. other.Paths],
        };
    }
}
