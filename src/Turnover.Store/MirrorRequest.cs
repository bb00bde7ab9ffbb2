using Turnover.Core;

namespace Turnover.Store;

/// <summary>Which statistics of each side of a pair to set side by side (<see cref="TradeStore.MirrorLevels"/>).</summary>
/// <param name="A">The first country.</param>
/// <param name="B">The second country.</param>
/// <param name="SourceA">The publisher of A's statistics.</param>
/// <param name="SourceB">The publisher of B's statistics.</param>
/// <param name="AsOf">Only figures public on this date; null for everything stored.</param>
public sealed record MirrorRequest(Country A, Country B, SourceKind SourceA, SourceKind SourceB, DateOnly? AsOf)
{
    /// <summary>Refuses a request no side's statistics can answer; every store checks it the same way.</summary>
    /// <exception cref="ArgumentException">A and B are one country, or a source is a reconciled dataset (no side's statistics).</exception>
    internal void RequireTwoSides()
    {
        if (A == B)
        {
            throw new ArgumentException($"Both sides are {A.Name}: a mirror needs two countries.", "request");
        }

        if (SourceA.IsReconciled() || SourceB.IsReconciled())
        {
            throw new ArgumentException("A reconciled dataset is no side's statistics and cannot be one side of a mirror.", "request");
        }
    }
}
