namespace Turnover.Analytics.Calibration;

/// <summary>
/// The simulated calendar-year totals of one backtest origin, kept so that a correction learnt elsewhere (a width
/// factor per year ahead) can restate the origin's target probabilities from the same paths.
/// </summary>
/// <param name="Series">The series, e.g. "KOR:CHN turnover".</param>
/// <param name="OriginYear">The model saw the figures through December of this year.</param>
/// <param name="YearTotals">
/// Per year ahead (index 0 = <c>OriginYear + 1</c>), every path's total of that year, US dollars, in path order: the
/// totals <see cref="Forecasting.ForecastFan.Years"/> reads its fan off.
/// </param>
public sealed record OriginPaths(string Series, int OriginYear, IReadOnlyList<double[]> YearTotals);
