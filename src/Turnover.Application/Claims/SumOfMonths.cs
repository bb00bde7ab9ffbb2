using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The stored figure the claim was judged on is a quarter (or year) added up from its months as published, and the
/// publisher's own year-to-date cumulatives give the period another figure: a text may have taken either.
/// </summary>
/// <param name="Period">The claim's quarter or year.</param>
/// <param name="MonthsUsd">The sum of its months, the figure judged.</param>
/// <param name="CumulativesUsd">The cumulative to the period's last month less the cumulative to the month before it began.</param>
public sealed record SumOfMonths(Period Period, decimal MonthsUsd, decimal CumulativesUsd) : ClaimNote;
