namespace Turnover.Core;

/// <summary>A physical quantity with its unit, normalised where the unit allows (weights are kilograms).</summary>
/// <param name="Amount">The amount, non-negative.</param>
/// <param name="Unit">The unit as a short code: <c>kg</c> for weights, else the source's own unit code.</param>
public readonly record struct Quantity(double Amount, string Unit)
{
    /// <summary>A net weight in kilograms.</summary>
    public static Quantity Kilograms(double kg) => new(kg, "kg");
}
