using Turnover.Core;

namespace Turnover.Application;

/// <summary>Market shares among an importer's origins for one product: <c>turnover suppliers PRODUCT --importer C</c>.</summary>
/// <param name="Product">An HS chapter, heading or product (lines finer than it are summed to it).</param>
/// <param name="Importer">The importing country.</param>
public sealed record SuppliersRequest(Product Product, Country Importer)
{
    /// <summary>The years shown; by default the last five years stored.</summary>
    public YearRange Years { get; init; }

    /// <summary>How many origins are listed (by value in the last year shown); the rest are summed as others.</summary>
    public int Top { get; init; } = 10;

    /// <summary>Only what was public by this date; null for everything stored.</summary>
    public DateOnly? AsOf { get; init; }
}
