using Turnover.Analytics.Forecasting;
using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>What the forecasting model's simulated futures say about a target.</summary>
/// <param name="Method">The method as fitted; the renderers word it.</param>
/// <param name="Paths">Number of simulated paths.</param>
/// <param name="Probability">Share of paths that reach the target by the deadline.</param>
/// <param name="MedianCrossing">Median crossing step among the paths that cross (by the deadline), or null.</param>
/// <param name="CrossingByYear">Share of all paths that have crossed by the end of each remaining year.</param>
/// <param name="DeadlineP10">10th percentile of the measure at the deadline (annual value or cumulative achievement), USD.</param>
/// <param name="DeadlineMedian">Median, USD.</param>
/// <param name="DeadlineP90">90th percentile, USD.</param>
/// <param name="Notes">Fallbacks or caveats from the model, as facts; empty when none.</param>
public sealed record ModelOutlook(
    ForecastMethod Method,
    int Paths,
    double Probability,
    Period? MedianCrossing,
    IReadOnlyList<(int Year, double Share)> CrossingByYear,
    decimal DeadlineP10,
    decimal DeadlineMedian,
    decimal DeadlineP90,
    IReadOnlyList<ForecastNote> Notes)
{
    /// <summary>
    /// How often the method's targets of about this probability were met in the target backtest, pooled and per set
    /// of series; empty when the method was not measured there.
    /// </summary>
    public IReadOnlyList<MeasuredReliability> Reliability { get; init; } = [];
}
