using Turnover.Core;

namespace Turnover.Store;

/// <summary>
/// The product lines of one source, reporter, partner, flow and year summed to one product at a level, for one
/// quantity unit (lines without a quantity have their own row): what <c>TradeStore.ProductYears</c> and
/// <c>TradeStore.SupplierYears</c> read (Sql/product_years.sql says which lines count).
/// </summary>
/// <param name="Source">The publisher.</param>
/// <param name="Reporter">Whose statistics (for a reconciled source, the exporter).</param>
/// <param name="Partner">The other country; World (code 0) for a reporter's trade with the world.</param>
/// <param name="Flow">As stored.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Product">The product at the level asked (or the line's own, coarser, level).</param>
/// <param name="Unit">The quantity unit (<c>kg</c> for weights); null for the lines without a quantity.</param>
/// <param name="ValueUsd">The lines' value, US dollars.</param>
/// <param name="Quantity">The lines' quantity in <paramref name="Unit"/>; null without a unit.</param>
/// <param name="QuantifiedUsd">The value of the lines with a quantity above zero: what a unit value divides.</param>
/// <param name="Lines">How many stored lines were summed.</param>
/// <param name="ZeroQuantityLines">Lines with a value but a quantity of zero: kept, never divided.</param>
/// <param name="MonthMask">The months of the year the lines cover, bit 0 = January (4095: the whole year).</param>
public sealed record ProductYear(
    SourceKind Source,
    Country Reporter,
    Country Partner,
    Flow Flow,
    int Year,
    Product Product,
    string? Unit,
    decimal ValueUsd,
    double? Quantity,
    decimal QuantifiedUsd,
    long Lines,
    long ZeroQuantityLines,
    int MonthMask)
{
    /// <summary>The releases whose lines were summed (each line's latest visible revision).</summary>
    public ReleaseIds Releases { get; init; } = ReleaseIds.None;

    /// <summary>
    /// Every release holding a visible revision of the product's lines in the year, with the months it holds (whichever
    /// periods are summed): a file's reach, where <see cref="Releases"/> names only the revisions summed.
    /// </summary>
    public ReleaseHoldings HeldBy { get; init; } = ReleaseHoldings.None;
}
