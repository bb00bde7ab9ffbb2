using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// Both sides' figures of one flow over one span, and how far they differ. A span that is not a full year is
/// compared only with the other side's same span, never with a year.
/// </summary>
/// <param name="Period">A full year, or January to a month.</param>
/// <param name="Flow">Which flow (A's exports and B's imports for <see cref="MirrorFlow.AToB"/>).</param>
/// <param name="A">A's figure; null when A published none for the span.</param>
/// <param name="B">B's figure; null when B published none for the span.</param>
public sealed record MirrorRow(Period Period, MirrorFlow Flow, SideFigure? A, SideFigure? B)
{
    /// <summary>B's figure minus A's, US dollars; null unless both sides have one.</summary>
    public decimal? GapUsd => A is { } a && B is { } b ? b.ValueUsd - a.ValueUsd : null;

    /// <summary>The gap in percent of A's figure; null unless both sides have one and A's is not zero.</summary>
    public decimal? GapPercent => GapUsd is { } gap && A!.ValueUsd != 0 ? gap / A.ValueUsd * 100m : null;
}
