namespace Turnover.Claims;

/// <summary>
/// A superlative since a year that a fact's figure is said to be ("the lowest since 2004", "its fastest growth in
/// twelve years", "впервые с 2020 года снизился", "创2004年以来新低"): a claim about every year between, which the
/// store can check.
/// </summary>
/// <param name="Kind">What is said to be extreme: the level, the growth rate, or the rate's sign for the first time.</param>
/// <param name="SinceYear">
/// The year it was last so ("since 2004"), or counted back from the claim's year for "in twelve years" (2021 − 12 =
/// 2009): every year after it up to the claim's was less extreme. For a run of rises or falls, the year before the run
/// ("the fifth year in a row" of 2024: 2019). For a run above an amount, the year before the run too.
/// </param>
/// <param name="Text">The words, as written.</param>
public sealed record StatedSuperlative(SuperlativeKind Kind, int SinceYear, string Text)
{
    /// <summary>
    /// For a run of months ("fell for the 14th consecutive month" of December 2019), the month before the run (2018-10),
    /// whose year is <see cref="SinceYear"/>: every month after it up to the claim's went the stated way, and it did not.
    /// For a superlative counted in months ("the first increase in 14 months", "a 40-month low" of December 2019), the
    /// month it counts from (2018-10): every month after it up to the claim's was less extreme. Null for a superlative
    /// of years.
    /// </summary>
    public Core.Period? SinceMonth { get; init; }
}

/// <summary>What a kind of superlative compares.</summary>
public static class SuperlativeKinds
{
    /// <summary>True for a level's superlative (highest, lowest, a run above an amount); false for a rate's, a first rise or fall, or a run of rises or falls.</summary>
    public static bool IsOfLevel(this SuperlativeKind kind) => kind is SuperlativeKind.Highest or SuperlativeKind.Lowest or SuperlativeKind.AboveStreak;

    /// <summary>True for a run of years (of rises, of falls, or above an amount), whose count is a claim too.</summary>
    public static bool IsStreak(this SuperlativeKind kind) => kind is SuperlativeKind.RiseStreak or SuperlativeKind.FallStreak or SuperlativeKind.AboveStreak;
}

/// <summary>What a superlative since a year is about.</summary>
public enum SuperlativeKind : byte
{
    /// <summary>The level is the highest since the year ("the highest since 2013", "максимальный с 2013 года", "2013年以来新高").</summary>
    Highest,

    /// <summary>The level is the lowest since the year ("the smallest since 2004", "минимальный с", "新低").</summary>
    Lowest,

    /// <summary>The growth rate is the highest since the year ("its fastest growth since 2010", "the biggest increase").</summary>
    FastestGrowth,

    /// <summary>The growth rate is the lowest since the year ("the slowest pace since 2016", "the biggest drop since 2009").</summary>
    SlowestGrowth,

    /// <summary>The first fall since the year, which fell too ("its first decline since 2020", "впервые с 2020 года снизился", "2020年以来首次下降").</summary>
    FirstFall,

    /// <summary>The first rise since the year, which rose too ("rose for the first time since 2015", "首次增长").</summary>
    FirstRise,

    /// <summary>
    /// A rise every year after the year, and not in it: "grew for the fifth year in a row" of 2024 (since 2019),
    /// "пятый год подряд", "连续五年增长".
    /// </summary>
    RiseStreak,

    /// <summary>A fall every year after the year, and not in it: "fell for the third straight year", "третий год подряд снижается".</summary>
    FallStreak,

    /// <summary>
    /// The level above the fact's stated amount every year after the year, and not in it: "still exceeded $100 billion
    /// for the third year running" of 2020 (since 2017), "третий год подряд превысил", "连续第二年突破2000亿美元".
    /// </summary>
    AboveStreak,
}
