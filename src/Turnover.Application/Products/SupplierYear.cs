using Turnover.Core;

namespace Turnover.Application;

/// <summary>One origin's sales of the product to the importer in one year.</summary>
/// <param name="Origin">The exporting country (World for the importer's imports from every origin).</param>
/// <param name="Year">The calendar year.</param>
/// <param name="ValueUsd">Value, US dollars.</param>
/// <param name="SharePercent">Share of the year's market (<see cref="SupplierMarket.BasisUsd"/>); null where there is none to give.</param>
/// <param name="Quantities">The quantity per unit, with unit values; empty where none was published.</param>
/// <param name="UnquantifiedUsd">The value of lines without a quantity (or with a quantity of zero).</param>
/// <param name="Months">How many months of the year the lines cover.</param>
public sealed record SupplierYear(
    Country Origin,
    int Year,
    decimal ValueUsd,
    decimal? SharePercent,
    IReadOnlyList<SupplierQuantity> Quantities,
    decimal UnquantifiedUsd,
    int Months)
{
    /// <summary>Where the lines run past the world figure's last month, what the share is of; null where the share is of <see cref="ValueUsd"/>.</summary>
    public SupplierShareOn? ShareOn { get; init; }
}
