namespace Turnover.Analytics.Calibration;

/// <summary>The origins a backtest evaluated on one series.</summary>
/// <param name="Series">The series, e.g. "KOR:CHN turnover".</param>
/// <param name="Years">Origin years (the model saw the figures through December of each), ascending.</param>
public sealed record SeriesOrigins(string Series, IReadOnlyList<int> Years);
