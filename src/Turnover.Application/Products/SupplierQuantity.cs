namespace Turnover.Application;

/// <summary>
/// The quantity of one origin's lines in one unit, with its unit value. Quantities in different units are never added
/// together: each unit is its own entry. Weights are in tonnes (the store keeps kilograms).
/// </summary>
/// <param name="Unit">"t" for weights, else the source's own unit code.</param>
/// <param name="Amount">The quantity in <paramref name="Unit"/>.</param>
/// <param name="QuantifiedUsd">The value of the lines with a quantity above zero, US dollars.</param>
/// <param name="ZeroQuantityLines">Lines with a value but a quantity of zero: kept in the value, left out of the unit value.</param>
public sealed record SupplierQuantity(string Unit, double Amount, decimal QuantifiedUsd, long ZeroQuantityLines)
{
    /// <summary>US dollars per <see cref="Unit"/>; null for a quantity of zero (never divided).</summary>
    public decimal? UsdPerUnit => Amount > 0 ? QuantifiedUsd / (decimal)Amount : null;
}
