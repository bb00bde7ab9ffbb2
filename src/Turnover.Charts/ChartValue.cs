using Turnover.Core;

namespace Turnover.Charts;

/// <summary>One plotted figure: a period and its value in US dollars.</summary>
/// <param name="Period">The period the value covers (a month, Jan–Feb combined, a quarter or a year).</param>
/// <param name="Usd">The value in US dollars.</param>
public sealed record ChartValue(Period Period, decimal Usd);
