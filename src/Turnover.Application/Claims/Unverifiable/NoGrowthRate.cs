using Turnover.Core;

namespace Turnover.Application;

/// <summary>No growth rate for the period: no printed rate is stored, and no figure for the year before to compute it from.</summary>
/// <param name="Period">The claim's period.</param>
/// <param name="YearBefore">The same period a year earlier, whose figure is missing.</param>
public sealed record NoGrowthRate(Period Period, Period YearBefore) : UnverifiableReason;
