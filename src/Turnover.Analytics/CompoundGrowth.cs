namespace Turnover.Analytics;

/// <summary>Compound annual growth between two full years.</summary>
/// <param name="FromYear">First year.</param>
/// <param name="ToYear">Last year.</param>
/// <param name="FromValue">Value in the first year, USD.</param>
/// <param name="ToValue">Value in the last year, USD.</param>
/// <param name="RatePercent">(to / from)^(1 / years) − 1, in percent.</param>
public sealed record CompoundGrowth(int FromYear, int ToYear, decimal FromValue, decimal ToValue, double RatePercent);
