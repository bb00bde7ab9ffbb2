namespace Turnover.Application;

/// <summary>
/// The thresholds of the verdicts, in the answer so that every verdict can be re-derived: a level is the same figure
/// within 0.05%, roughly accurate within 5%; a growth rate the same within 0.05 points, roughly accurate within 2
/// points. Between the two, a figure that rounds to the stated number at the text's digits is accurate within rounding.
/// </summary>
/// <param name="SameLevelPercent">Relative difference (percent of the stored level) within which a level is the same figure.</param>
/// <param name="RoughLevelPercent">Relative difference (percent) within which a level is roughly accurate.</param>
/// <param name="SameGrowthPoints">Percentage points within which a growth rate is the same figure.</param>
/// <param name="RoughGrowthPoints">Percentage points within which a growth rate is roughly accurate.</param>
public sealed record ClaimThresholds(decimal SameLevelPercent, decimal RoughLevelPercent, decimal SameGrowthPoints, decimal RoughGrowthPoints)
{
    /// <summary>0.05% and 5% for levels; 0.05 and 2 points for growth rates.</summary>
    public static ClaimThresholds Default { get; } = new(0.05m, 5m, 0.05m, 2m);

    /// <summary>
    /// Percentage points within which a rate over <paramref name="years"/> years is roughly accurate. A rate over more
    /// than one year says where the level ended ("grew 2.5 times in ten years" is 2024 at 2.5 times 2014), so it is
    /// roughly accurate when the level it gives is within <see cref="RoughLevelPercent"/> of the stored one, as a level
    /// is: that many percent of 100 plus the stored rate, and never less than <see cref="RoughGrowthPoints"/>.
    /// </summary>
    public decimal RoughGrowthPointsOver(decimal storedRate, int years) =>
        years > 1 ? Math.Max(RoughGrowthPoints, Math.Round(RoughLevelPercent * (100m + storedRate) / 100m, 2)) : RoughGrowthPoints;
}
