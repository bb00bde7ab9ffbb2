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

    /// <summary>What shares are of: the world figure where one is stored, else the origins' sum.</summary>
    public decimal BasisUsd => WorldUsd ?? OriginsUsd;
}
