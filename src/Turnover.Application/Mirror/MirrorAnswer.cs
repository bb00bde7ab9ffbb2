namespace Turnover.Application;

/// <summary>Both sides' figures of a pair set side by side (<c>turnover mirror</c>).</summary>
/// <param name="A">A's statistics (or that they are not stored).</param>
/// <param name="B">B's statistics (or that they are not stored).</param>
/// <param name="Rows">The levels, oldest first, A's exports, A's imports, then turnover within a span; empty when a side is missing.</param>
/// <param name="Rates">Growth rates stated without a level, oldest first.</param>
/// <param name="Reasons">Why the two sides' figures may differ, from their publishers' declarations; empty when a side is missing.</param>
public sealed record MirrorAnswer(MirrorSide A, MirrorSide B, IReadOnlyList<MirrorRow> Rows, IReadOnlyList<MirrorRate> Rates, IReadOnlyList<MirrorReason> Reasons)
{
    /// <summary>True when both sides' statistics are stored.</summary>
    public bool BothSides => A.Stored && B.Stored;

    /// <summary>Flows only one side publishes (Russia's side gives turnover alone): not compared, named so the reader knows.</summary>
    public IReadOnlyList<Core.MirrorFlow> OneSidedFlows { get; init; } = [];

    /// <summary>
    /// The first and last years both sides report a figure of, when the years asked for hold none of them (so that an
    /// empty table says where the figures are); null otherwise.
    /// </summary>
    public YearRange? ComparableYears { get; init; }
}
