namespace Turnover.Analytics.Calibration;

/// <summary>One target posed at a backtest origin: what the model stated and what happened.</summary>
/// <param name="Series">The series, e.g. "KOR:CHN turnover".</param>
/// <param name="OriginYear">The model saw the figures through December of this year.</param>
/// <param name="Horizon">The deadline is the end of <c>OriginYear + Horizon</c>; the target counts every year after the origin up to it.</param>
/// <param name="GrowthPercent">The annual growth that sized the target.</param>
/// <param name="AmountUsd">The target: the origin year's total × (1 + growth)^horizon, US dollars.</param>
/// <param name="Stated">The model's probability that some year up to the deadline reaches the amount (0–1), as the target check computes it.</param>
/// <param name="Climatology">The baseline: how often the same target (same growth, same horizon) was met earlier in the training years (0–1, see <see cref="TargetBacktest"/>).</param>
/// <param name="Met">True when the actual annual totals reached the amount by the deadline.</param>
public sealed record TargetCase(string Series, int OriginYear, int Horizon, double GrowthPercent, decimal AmountUsd, double Stated, double Climatology, bool Met)
{
    /// <summary>The calendar years of history the model saw: from the series' first year with trade (a positive month) to the origin year, both counted.</summary>
    public int HistoryYears { get; init; }
}
