using System.Numerics;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>The months product lines cover, as <see cref="ProductYear.MonthMask"/> gives them (bit 0 = January).</summary>
internal static class MonthMasks
{
    /// <summary>All twelve months.</summary>
    public const int WholeYear = 0xFFF;

    /// <summary>The months any of the rows covers.</summary>
    public static int Of(IEnumerable<ProductYear> rows) => rows.Aggregate(0, (m, r) => m | r.MonthMask);

    /// <summary>The months any of the lines covers.</summary>
    public static int Of(IEnumerable<ProductLine> lines) => Of(lines.Select(l => l.Row));

    /// <summary>The last month a mask reaches (a month without a line inside it is a month without trade, not a shorter year).</summary>
    public static int LastMonth(int mask) => 32 - BitOperations.LeadingZeroCount((uint)mask);

    /// <summary>The first month (1–12) a mask covers.</summary>
    public static int FirstMonth(int mask) => BitOperations.TrailingZeroCount(mask) + 1;
}
