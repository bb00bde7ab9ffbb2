using Turnover.Claims;

namespace Turnover.Application;

/// <summary>
/// Compares a stated number with the stored one, in the same unit (US dollars for levels, points for growth rates):
/// the same figure, within the text's rounding (or its bound holds), roughly (within the rough threshold), or not.
/// </summary>
internal static class ClaimJudge
{
    /// <param name="stored">The stored figure.</param>
    /// <param name="stated">The stated number (a range's middle).</param>
    /// <param name="rounding">Half a unit of its last digit (a range: plus half its width).</param>
    /// <param name="bound">As written next to it.</param>
    /// <param name="thresholds">How close is the same and roughly the same.</param>
    /// <param name="rangeHalfWidth">Half a range's width, for <see cref="Bound.Range"/>: a figure outside it is as far off as the nearer written end.</param>
    public static ClaimVerdict Level(decimal stored, decimal stated, decimal rounding, Bound bound, ClaimThresholds thresholds, decimal rangeHalfWidth = 0m) =>
        Compare(stored, stated, rounding, bound, Math.Abs(stored) * thresholds.SameLevelPercent / 100m, Math.Abs(stored) * thresholds.RoughLevelPercent / 100m, rangeHalfWidth);

    /// <summary>A stated growth rate against the stored one, in points, as <see cref="Level"/> judges a level.</summary>
    /// <param name="stored">The stored rate.</param>
    /// <param name="stated">The stated rate (a range's middle).</param>
    /// <param name="rounding">Half a unit of its last digit (a range: plus half its width).</param>
    /// <param name="bound">As written next to it.</param>
    /// <param name="thresholds">How close is the same and roughly the same.</param>
    /// <param name="rangeHalfWidth">Half a range's width, for <see cref="Bound.Range"/>.</param>
    /// <param name="years">The years the rate runs over: more than one widens its rough threshold (<see cref="ClaimThresholds.RoughGrowthPointsOver"/>).</param>
    public static ClaimVerdict Growth(decimal stored, decimal stated, decimal rounding, Bound bound, ClaimThresholds thresholds, decimal rangeHalfWidth = 0m, int years = 1) =>
        Compare(stored, stated, rounding, bound, thresholds.SameGrowthPoints, thresholds.RoughGrowthPointsOver(stored, years), rangeHalfWidth);

    /// <summary>
    /// True when the text's one-sided bound ("more than", "at least", "less than", "up to") does not hold: the stored
    /// figure lies on the other side of the stated number, beyond the text's rounding.
    /// </summary>
    public static bool BreaksBound(decimal stored, decimal stated, decimal rounding, Bound bound) =>
        bound is Bound.MoreThan or Bound.AtLeast or Bound.LessThan or Bound.UpTo && Holds(stored, stated, rounding, bound, rough: 0) is false;

    /// <summary>
    /// True when the text's bound ("more than", "at least", "less than", "up to", "nearly") holds, and so makes the
    /// number accurate within the text's rounding, as <see cref="Level"/> and <see cref="Growth"/> judge it.
    /// </summary>
    public static bool HoldsLevelBound(decimal stored, decimal stated, decimal rounding, Bound bound, ClaimThresholds thresholds) =>
        bound != Bound.Range && Holds(stored, stated, rounding, bound, Math.Abs(stored) * thresholds.RoughLevelPercent / 100m) is true;

    /// <summary>True when the text's bound on a growth rate holds, as <see cref="HoldsLevelBound"/> for a level.</summary>
    /// <param name="stored">The stored rate.</param>
    /// <param name="stated">The stated rate.</param>
    /// <param name="rounding">Half a unit of its last digit.</param>
    /// <param name="bound">As written next to it.</param>
    /// <param name="thresholds">How close is roughly the same ("nearly" holds within it).</param>
    /// <param name="years">The years the rate runs over, as for <see cref="Growth"/>.</param>
    public static bool HoldsGrowthBound(decimal stored, decimal stated, decimal rounding, Bound bound, ClaimThresholds thresholds, int years = 1) =>
        bound != Bound.Range && Holds(stored, stated, rounding, bound, thresholds.RoughGrowthPointsOver(stored, years)) is true;

    /// <summary>The worse of two verdicts; a verdict that could be reached wins over "not verifiable".</summary>
    public static ClaimVerdict Worse(ClaimVerdict? a, ClaimVerdict? b) =>
        (a, b) switch
        {
            (null, null) => ClaimVerdict.NotVerifiable,
            ({ } x, null) => x,
            (null, { } y) => y,
            ({ } x, { } y) when x == ClaimVerdict.NotVerifiable => y,
            ({ } x, { } y) when y == ClaimVerdict.NotVerifiable => x,
            ({ } x, { } y) => (ClaimVerdict)Math.Max((int)x, (int)y),
        };

    private static ClaimVerdict Compare(decimal stored, decimal stated, decimal rounding, Bound bound, decimal same, decimal rough, decimal rangeHalfWidth)
    {
        var holds = Holds(stored, stated, rounding, bound, rough);
        if (holds is true)
        {
            return ClaimVerdict.AccurateWithinRounding;
        }

        // "More than $250bn" when the figure is $244.8bn asserts the wrong side, however close: inaccurate. A "nearly"
        // that fails is judged by how far the figure is from the number itself.
        if (BreaksBound(stored, stated, rounding, bound))
        {
            return ClaimVerdict.Inaccurate;
        }

        // A range that misses is as far off as its nearer written end.
        var off = Math.Abs(stored - stated) - (bound == Bound.Range ? rangeHalfWidth : 0m);
        return holds is null && off <= same ? ClaimVerdict.Accurate
            : holds is null && off <= rounding ? ClaimVerdict.AccurateWithinRounding
            : off <= rough ? ClaimVerdict.RoughlyAccurate
            : ClaimVerdict.Inaccurate;
    }

    // Null for a number with no bound, or "about". A bound on a fall is on its size: "fell by more than 25%" holds for
    // -27.8% (it was "inaccurate": -27.8 is not more than -25), as "nearly 30%" of a fall is just short of -30.
    private static bool? Holds(decimal stored, decimal stated, decimal rounding, Bound bound, decimal rough) => stated < 0
        ? HoldsOnSize(-stored, -stated, rounding, bound, rough)
        : HoldsOnSize(stored, stated, rounding, bound, rough);

    private static bool? HoldsOnSize(decimal stored, decimal stated, decimal rounding, Bound bound, decimal rough) => bound switch
    {
        Bound.MoreThan => stored > stated - rounding,
        Bound.AtLeast => stored >= stated - rounding,
        Bound.LessThan => stored < stated + rounding,
        Bound.UpTo => stored <= stated + rounding,
        // "nearly $100bn": just below it, by no more than the rough threshold, or the text's rounding where that is
        // coarser ("almost a third": 29.3% is almost 33.3%, as the words go).
        Bound.Nearly => stored <= stated + rounding && stored >= stated - Math.Max(rough, rounding),
        // "$230-245 billion": the middle, with half the range (and the ends' rounding) as its rounding.
        Bound.Range => stored >= stated - rounding && stored <= stated + rounding,
        _ => null,
    };
}
