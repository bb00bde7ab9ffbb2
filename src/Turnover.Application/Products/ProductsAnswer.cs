using Turnover.Core;

namespace Turnover.Application;

/// <summary>What a pair trades by product, on one source's statistics.</summary>
/// <param name="Reporter">Whose statistics (for a reconciled source, the first country).</param>
/// <param name="Partner">The other country.</param>
/// <param name="Source">The publisher of the lines.</param>
/// <param name="Level">The level the lines are summed to.</param>
/// <param name="Base">The base year; null where no line of the base year is stored.</param>
/// <param name="Shown">The year shown.</param>
/// <param name="ShareOfTotal">
/// True when shares and contributions are of the all-goods total (stored for both years, the lines covering every
/// month); false when they are of the lines' sum.
/// </param>
/// <param name="Products">Every product with a line in either year, by value in the year shown, largest first.</param>
public sealed record ProductsAnswer(
    Country Reporter,
    Country Partner,
    SourceKind Source,
    ProductLevel Level,
    ProductsYear? Base,
    ProductsYear Shown,
    bool ShareOfTotal,
    IReadOnlyList<ProductChange> Products)
{
    /// <summary>The products with the largest rise in value, largest first (at most <see cref="ProductsRequest.Top"/>).</summary>
    public IReadOnlyList<ProductChange> Risers { get; init; } = [];

    /// <summary>The products with the largest fall in value, largest first.</summary>
    public IReadOnlyList<ProductChange> Fallers { get; init; } = [];

    /// <summary>The parts of the year shown's totals by the dimension asked (<see cref="ProductsRequest.By"/>); null when not asked.</summary>
    public ProductBreakdown? Breakdown { get; init; }

    /// <summary>
    /// The base year's whole-year lines where <see cref="Base"/> was cut to the months the year shown has reached (a
    /// year in progress against the same months of the year before); null where it was not.
    /// </summary>
    public decimal? BaseWholeYearUsd { get; init; }

    /// <summary>The releases whose lines were summed (<c>turnover release show ID</c>), by id.</summary>
    public IReadOnlyList<Turnover.Store.ReleaseSummary> Releases { get; init; } = [];

    /// <summary>True when the lines of the year shown fall short of the all-goods total, or no total is stored to tell.</summary>
    public bool Partial => Shown.CoveredPercent is not { } covered || covered < 99.995m;
}
