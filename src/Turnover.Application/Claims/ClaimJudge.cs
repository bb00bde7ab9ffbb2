using Turnover.Claims;

namespace Turnover.Application;

/// <summary>
/// Compares a stated number with the stored one, in the same unit (US dollars for levels, points for growth rates):
/// the same figure, within the text's rounding (or its bound holds), roughly (within the rough threshold), or not.
/// </summary>
internal static class ClaimJudge
{
    public static ClaimVerdict Level(decimal stored, decimal stated, decimal rounding, Bound bound, ClaimThresholds thresholds) =>
        Compare(stored, stated, rounding, bound, Math.Abs(stored) * thresholds.SameLevelPercent / 100m, Math.Abs(stored) * thresholds.RoughLevelPercent / 100m);

    public static ClaimVerdict Growth(decimal stored, decimal stated, decimal rounding, Bound bound, ClaimThresholds thresholds) =>
        Compare(stored, stated, rounding, bound, thresholds.SameGrowthPoints, thresholds.RoughGrowthPoints);

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

    private static ClaimVerdict Compare(decimal stored, decimal stated, decimal rounding, Bound bound, decimal same, decimal rough)
    {
        var difference = stored - stated;
        var holds = bound switch
        {
            Bound.MoreThan => stored > stated - rounding,
            Bound.AtLeast => stored >= stated - rounding,
            Bound.LessThan => stored < stated + rounding,
            Bound.UpTo => stored <= stated + rounding,
            // "nearly $100bn": just below it, by no more than the rough threshold.
            Bound.Nearly => stored <= stated + rounding && stored >= stated - rough,
            _ => (bool?)null,
        };
        if (holds is true)
        {
            return ClaimVerdict.AccurateWithinRounding;
        }

        // A bound that fails is judged by how far the figure is from the number itself.
        var off = Math.Abs(difference);
        return holds is null && off <= same ? ClaimVerdict.Accurate
            : holds is null && off <= rounding ? ClaimVerdict.AccurateWithinRounding
            : off <= rough ? ClaimVerdict.RoughlyAccurate
            : ClaimVerdict.Inaccurate;
    }
}
