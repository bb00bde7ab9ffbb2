namespace Turnover.Application;

/// <summary>How a claim compares with the stored figures (thresholds in <see cref="ClaimThresholds"/>).</summary>
public enum ClaimVerdict
{
    /// <summary>The stored figure is the stated one (within <see cref="ClaimThresholds.SameLevelPercent"/> or <see cref="ClaimThresholds.SameGrowthPoints"/>); a projection or target that came true (ahead of schedule where it said so).</summary>
    Accurate,

    /// <summary>The stored figure rounds to the stated number at the digits the text gives, or satisfies its bound ("more than", "nearly").</summary>
    AccurateWithinRounding,

    /// <summary>Off by more than the text's rounding but within <see cref="ClaimThresholds.RoughLevelPercent"/> of the level or <see cref="ClaimThresholds.RoughGrowthPoints"/> of the growth rate.</summary>
    RoughlyAccurate,

    /// <summary>Off by more than that; a projection or target that was missed (or met late when it said ahead of schedule).</summary>
    Inaccurate,

    /// <summary>The store cannot settle it: <see cref="CheckedClaim.Missing"/> says what is missing.</summary>
    NotVerifiable,
}
