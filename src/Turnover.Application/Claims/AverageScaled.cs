using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The text gives an average per month or day of the period ("$28 billion a month on average in 2019"): it was judged
/// as <paramref name="Count"/> times the average against the period's total.
/// </summary>
/// <param name="Per">Month or day.</param>
/// <param name="Count">The months or days of the period.</param>
/// <param name="Period">The period.</param>
/// <param name="StatedAverageUsd">The average as stated, in US dollars.</param>
/// <param name="StoredAverageUsd">The stored total over <paramref name="Count"/>; null when no total is stored.</param>
public sealed record AverageScaled(AveragePer Per, int Count, Period Period, decimal StatedAverageUsd, decimal? StoredAverageUsd) : ClaimNote;
