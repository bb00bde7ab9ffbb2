using Turnover.Core;

namespace Turnover.Store;

/// <summary>Which statistics of each side of a pair to set side by side (<see cref="TradeStore.MirrorLevels"/>).</summary>
/// <param name="A">The first country.</param>
/// <param name="B">The second country.</param>
/// <param name="SourceA">The publisher of A's statistics.</param>
/// <param name="SourceB">The publisher of B's statistics.</param>
/// <param name="AsOf">Only figures public on this date; null for everything stored.</param>
public sealed record MirrorRequest(Country A, Country B, SourceKind SourceA, SourceKind SourceB, DateOnly? AsOf);
