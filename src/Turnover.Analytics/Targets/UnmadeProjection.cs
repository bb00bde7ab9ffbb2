namespace Turnover.Analytics.Targets;

/// <summary>An "at this rate" projection that could not be made, and why (never dropped in silence).</summary>
/// <param name="Name">The projection ("year-to-date growth", "rolling 12 months", "CAGR of the last 3 years").</param>
/// <param name="Reason">Which figure is missing, computed and published.</param>
public sealed record UnmadeProjection(string Name, string Reason);
