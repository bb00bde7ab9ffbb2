using Turnover.Claims;

namespace Turnover.Application;

/// <summary>
/// A bound of the text ("more than", "at least", "less than", "up to", "nearly") with the number it bounds, as a claim's
/// evidence lists it: one the stored figure breaks (it lies on the other side of the number, beyond the text's
/// rounding: the claim is then inaccurate however close the number is, because what the text asserts is the side), or
/// one that holds and so decides the verdict however far the number is ("exceeded $200 billion" of $240.1 bn).
/// </summary>
/// <param name="Bound">The text's bound.</param>
/// <param name="IsGrowthRate">True for a growth rate (the number in percent), false for a level (in US dollars, or <see cref="InTonnes"/>).</param>
/// <param name="Stated">The stated number.</param>
public sealed record StatedBound(Bound Bound, bool IsGrowthRate, decimal Stated)
{
    /// <summary>True when <see cref="Stated"/> is a quantity in tonnes (a volume claim's level), not US dollars.</summary>
    public bool InTonnes { get; init; }

    /// <summary>
    /// For a bound that holds: true when the figure lies on the other side of the number, by no more than the text's
    /// rounding (9.897 % for "more than 10%"), so the bound holds only to the text's digits.
    /// </summary>
    public bool WithinRounding { get; init; }

    /// <summary>A bound that holds for <paramref name="figure"/>, saying whether only to the text's rounding.</summary>
    internal static StatedBound Holding(Bound bound, bool isGrowthRate, decimal stated, decimal figure) => new(bound, isGrowthRate, stated)
    {
        // A fall's bound is on its size ("fell by more than 25%").
        WithinRounding = stated < 0 ? Within(bound, -stated, -figure) : Within(bound, stated, figure),
    };

    private static bool Within(Bound bound, decimal stated, decimal figure) =>
        bound is Bound.MoreThan or Bound.AtLeast ? figure < stated : bound is Bound.LessThan or Bound.UpTo && figure > stated;
}
