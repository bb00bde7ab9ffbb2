namespace Turnover.Analytics.Calibration;

/// <summary>
/// The distribution of month-to-month changes of the stated probabilities when the new month was ordinary (inside
/// the previous forecast's 80% interval), over a range of deadlines.
/// </summary>
/// <param name="FromHorizon">The nearest deadline counted, in years after the origin.</param>
/// <param name="ToHorizon">The farthest.</param>
/// <param name="Changes">Target probabilities compared across an ordinary month.</param>
/// <param name="Steps">The distinct ordinary new steps behind them (series, origin and step).</param>
/// <param name="StepsOutside">New steps outside the previous 80% interval, left out (series, origin and step).</param>
/// <param name="MedianPoints">Median |change|, percentage points; NaN without changes.</param>
/// <param name="MeanPoints">Mean |change|.</param>
/// <param name="P90Points">90th percentile of |change|.</param>
/// <param name="MaxPoints">Largest |change|.</param>
/// <param name="MeanAllPoints">
/// Mean |change| over every new month, ordinary or not: a change of the model that makes more months ordinary moves
/// them into the distribution above, and this figure is not affected by that selection.
/// </param>
public sealed record StabilityScores(
    int FromHorizon, int ToHorizon, int Changes, int Steps, int StepsOutside, double MedianPoints, double MeanPoints, double P90Points, double MaxPoints, double MeanAllPoints);
