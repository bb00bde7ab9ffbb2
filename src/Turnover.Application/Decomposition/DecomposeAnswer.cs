using Turnover.Core;

namespace Turnover.Application;

/// <summary>A pair's change in value between two years split into volume and unit value, per product and in aggregate.</summary>
/// <param name="Reporter">Whose statistics (for a reconciled source, the first country).</param>
/// <param name="Partner">The other country.</param>
/// <param name="Source">The publisher of the lines.</param>
/// <param name="Level">The level lines were summed to.</param>
/// <param name="Within">The HS code the lines were restricted to; null for all.</param>
/// <param name="BaseYear">The first year.</param>
/// <param name="Year">The last year.</param>
/// <param name="Products">Each product, flow and unit from the first year to the last (not chained), by value in the last year.</param>
/// <param name="Links">The year-on-year links from the first year to the last, in order.</param>
public sealed record DecomposeAnswer(
    Country Reporter,
    Country Partner,
    SourceKind Source,
    ProductLevel Level,
    Product? Within,
    int BaseYear,
    int Year,
    IReadOnlyList<PriceVolumeChange> Products,
    IReadOnlyList<IndexLink> Links)
{
    /// <summary>
    /// The lines whose value changed most and the rest summed, when <see cref="DecomposeRequest.Top"/> was asked; null
    /// otherwise. <see cref="Products"/> keeps every line either way: the notes and indices are over all of them.
    /// </summary>
    public LargestChanges? Largest { get; init; }

    /// <summary>
    /// Where the last year is in progress, the month it reaches: the first year (in <see cref="Products"/>) and the last
    /// link's first year are then taken over January to that month, the same months; null for whole years.
    /// </summary>
    public int? ThroughMonth { get; init; }

    /// <summary>The releases whose lines were summed (<c>turnover release show ID</c>), by id.</summary>
    public IReadOnlyList<Turnover.Store.ReleaseSummary> Releases { get; init; } = [];

    /// <summary>The volume indices chained over every link; null where a link has nothing comparable.</summary>
    public IndexNumbers? ChainedVolume => Chain(l => l.Volume);

    /// <summary>The unit value indices chained over every link.</summary>
    public IndexNumbers? ChainedPrice => Chain(l => l.Price);

    /// <summary>The comparable value's ratio chained over every link (the Fisher volume times the Fisher price).</summary>
    public double? ChainedComparableValueRatio =>
        Links.Any(l => l.ComparableValueRatio is null) ? null : Links.Aggregate(1d, (r, l) => r * l.ComparableValueRatio!.Value);

    /// <summary>All lines' value in the first year, US dollars (over the months compared, with <see cref="ThroughMonth"/>).</summary>
    public decimal BaseUsd => Products.Sum(p => p.BaseUsd);

    /// <summary>All lines' value in the last year.</summary>
    public decimal Usd => Products.Sum(p => p.Usd);

    private IndexNumbers? Chain(Func<IndexLink, IndexNumbers?> index)
    {
        IndexNumbers? chained = new(1d, 1d);
        foreach (var link in Links)
        {
            chained = index(link) is { } next ? chained?.Times(next) : null;
        }

        return chained;
    }
}
