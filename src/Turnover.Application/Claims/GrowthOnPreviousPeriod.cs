using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The text's rate is on the previous period ("month on month", "环比", "в месячном исчислении"), not on the same period
/// a year earlier: it was judged against the change from <paramref name="Previous"/>, computed from the stored figures.
/// </summary>
/// <param name="Previous">The period before the claim's (the month, quarter or half before).</param>
public sealed record GrowthOnPreviousPeriod(Period Previous) : ClaimNote;
