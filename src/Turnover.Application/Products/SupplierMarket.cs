namespace Turnover.Application;

/// <summary>The importer's market for the product in one year: what the origins' shares are of.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="WorldUsd">The importer's imports of the product from the world as published (partner World); null where none is stored.</param>
/// <param name="OriginsUsd">The sum over the origins stored.</param>
/// <param name="Months">How many months of the year the lines cover.</param>
public sealed record SupplierMarket(int Year, decimal? WorldUsd, decimal OriginsUsd, int Months)
{
    /// <summary>Origins with lines the year before and fewer months than <see cref="Months"/> this year, largest the year before first.</summary>
    public IReadOnlyList<SupplierShortfall> Shortfalls { get; init; } = [];

    /// <summary>
    /// Products inside the one asked that origins have lines of and the world figure does not cover (the Wind export's
    /// HS 27 holds coal and lignite by origin but no world line of them: its "world" 309.7 bn was crude and gas alone,
    /// and the origins added up to 107 % of it). The world figure is then no total of what the origins sum; empty when
    /// it covers them.
    /// </summary>
    public IReadOnlyList<Core.Product> WorldLacks { get; init; } = [];

    /// <summary>True when the world figure is stored and covers every product the origins have lines of.</summary>
    public bool WorldComparable => WorldUsd is not null && WorldLacks.Count == 0;

    /// <summary>What shares are of: the world figure where one is stored and covers the origins' products, else the origins' sum.</summary>
    public decimal BasisUsd => WorldComparable ? WorldUsd!.Value : OriginsUsd;
}
