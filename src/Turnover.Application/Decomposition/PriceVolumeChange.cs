using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// One product, flow and quantity unit in the base year and the year compared: its value, its quantity and its unit
/// value (US dollars per unit), each change computed only where <see cref="Comparability"/> allows.
/// </summary>
/// <param name="Flow">Exports or imports, from the reporter's side.</param>
/// <param name="Product">The product at the level asked (or the line's own, coarser, level).</param>
/// <param name="Unit">"t" for weights (the store keeps kilograms), else the source's unit; null for lines without a quantity.</param>
/// <param name="BaseUsd">Value in the base year, US dollars (0 without a line).</param>
/// <param name="Usd">Value in the year compared.</param>
/// <param name="BaseQuantity">Quantity in the base year in <paramref name="Unit"/>; null without one.</param>
/// <param name="Quantity">Quantity in the year compared.</param>
/// <param name="BaseQuantifiedUsd">The base year's value of the lines with a quantity above zero: what a unit value divides.</param>
/// <param name="QuantifiedUsd">The same in the year compared.</param>
/// <param name="Comparability">Whether volume and unit value can be compared.</param>
public sealed record PriceVolumeChange(
    Flow Flow,
    Product Product,
    string? Unit,
    decimal BaseUsd,
    decimal Usd,
    double? BaseQuantity,
    double? Quantity,
    decimal BaseQuantifiedUsd,
    decimal QuantifiedUsd,
    Comparability Comparability)
{
    /// <summary>The product's name where one is known (a commodity's own, the bundled HS 6-digit table's, Wind's); else null.</summary>
    public string? Name { get; init; } = ProductNames.Of(Product);

    /// <summary>Change in value, percent; null where the base is zero or the last year is not known (<see cref="Comparability.FilesEnd"/>).</summary>
    public decimal? ValueChangePercent => BaseUsd > 0m && Comparability != Comparability.FilesEnd ? (Usd / BaseUsd - 1m) * 100m : null;

    /// <summary>Change in quantity, percent; null unless comparable.</summary>
    public double? VolumeChangePercent => Comparable ? (Quantity!.Value / BaseQuantity!.Value - 1d) * 100d : null;

    /// <summary>Change in unit value, percent; null unless comparable.</summary>
    public decimal? UnitValueChangePercent => Comparable ? (UsdPerUnit!.Value / BaseUsdPerUnit!.Value - 1m) * 100m : null;

    /// <summary>US dollars per unit in the base year; null without a quantity above zero.</summary>
    public decimal? BaseUsdPerUnit => PerUnit(BaseQuantifiedUsd, BaseQuantity);

    /// <summary>US dollars per unit in the year compared.</summary>
    public decimal? UsdPerUnit => PerUnit(QuantifiedUsd, Quantity);

    /// <summary>Value of the lines that carry no quantity above zero, in the year compared (not in the index).</summary>
    public decimal UnquantifiedUsd => Usd - QuantifiedUsd;

    private bool Comparable => Comparability == Comparability.Comparable;

    private static decimal? PerUnit(decimal usd, double? quantity) =>
        quantity is > 0d and { } q && usd > 0m ? usd / (decimal)q : null;
}
