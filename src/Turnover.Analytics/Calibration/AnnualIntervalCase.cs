using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Calibration;

/// <summary>One calendar year's forecast total at a backtest origin, against the actual total.</summary>
/// <param name="Series">The series, e.g. "KOR:CHN turnover".</param>
/// <param name="OriginYear">The model saw the figures through December of this year.</param>
/// <param name="Horizon">The year forecast is <c>OriginYear + Horizon</c>.</param>
/// <param name="ActualUsd">Its actual total, US dollars.</param>
/// <param name="Fan">Its forecast distribution (the forecast command's year fan).</param>
public sealed record AnnualIntervalCase(string Series, int OriginYear, int Horizon, decimal ActualUsd, FanStep Fan)
{
    /// <summary>The calendar years of history the model saw: from the series' first year with trade (a positive month) to the origin year, both counted.</summary>
    public int HistoryYears { get; init; }

    /// <summary>True when the actual lies inside the 80% interval (inclusive bounds).</summary>
    public bool Inside80 => ActualUsd >= Fan.Lower80 && ActualUsd <= Fan.Upper80;

    /// <summary>True when the actual lies inside the 95% interval (inclusive bounds).</summary>
    public bool Inside95 => ActualUsd >= Fan.Lower95 && ActualUsd <= Fan.Upper95;
}
