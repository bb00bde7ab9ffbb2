namespace Turnover.Store;

/// <summary>The months of one year that one release holds lines of.</summary>
/// <param name="ReleaseId">The release (<c>turnover release show ID</c>).</param>
/// <param name="MonthMask">The months its lines cover, bit 0 = January (4095: the whole year).</param>
public readonly record struct ReleaseMonths(int ReleaseId, int MonthMask);
