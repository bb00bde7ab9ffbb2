using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A superlative since a year checked against the side's stored figures of the same months of every year between:
/// "the smallest since 2004" holds when each of 2005 to the year before was larger; "its first decline since 2020"
/// when each rose. The year named itself is shown, not judged: a text may say "since 2004" of a figure lower still;
/// but a run's count is ("grew for the fifth year in a row" of 2024 is false when 2019 rose too). A run above an amount
/// ("exceeded $100 billion for the third year running") compares each year's level with the amount.
/// </summary>
/// <param name="Kind">What was said to be extreme.</param>
/// <param name="Since">The period of the year named (same months as the claim's).</param>
/// <param name="Holds">True when every period between is less extreme (for a first fall or rise: went the other way) and the claim's own figure is of the stated sign.</param>
/// <param name="Figure">The claim's stored figure compared: its level in US dollars, or its growth in percent.</param>
/// <param name="Compared">How many periods between were compared.</param>
public sealed record SuperlativeCheck(SuperlativeKind Kind, Period Since, bool Holds, decimal Figure, int Compared)
{
    /// <summary>The latest period between that breaks the claim, and its figure; null when it holds or when only the claim's own sign breaks it.</summary>
    public Period? Breaking { get; init; }

    /// <inheritdoc cref="Breaking"/>
    public decimal? BreakingFigure { get; init; }

    /// <summary>The named year's own figure (level or rate), for the reader; null when it is not stored.</summary>
    public decimal? SinceFigure { get; init; }

    /// <summary>
    /// True for a month's figure ("the 14th consecutive month", "the lowest since 2016", "the lowest since September
    /// 2016"): <see cref="Since"/> is the month before the months compared, and each month's rate is on the same month a
    /// year earlier.
    /// </summary>
    public bool InMonths { get; init; }

    /// <summary>For a run above an amount, the amount in US dollars each year of the run must be above; else null.</summary>
    public decimal? ThresholdUsd { get; init; }
}
