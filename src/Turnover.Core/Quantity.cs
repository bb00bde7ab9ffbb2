namespace Turnover.Core;

/// <summary>A physical quantity with its unit, normalised where the unit allows (weights are kilograms).</summary>
/// <param name="Amount">The amount, non-negative.</param>
/// <param name="Unit">The unit as a short code: <c>kg</c> for weights, else the source's own unit code.</param>
public readonly record struct Quantity(double Amount, string Unit)
{
    /// <summary>The unit code of weights: they are stored in kilograms.</summary>
    public const string KilogramUnit = "kg";

    /// <summary>Kilograms in a metric tonne: stored weights are shown, and stated ones read, in tonnes.</summary>
    public const double KilogramsPerTonne = 1000;

    /// <summary>A net weight in kilograms.</summary>
    public static Quantity Kilograms(double kg) => new(kg, KilogramUnit);
}
