using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Forecasting;

/// <summary>
/// Random walk with drift: the last observation plus h times the average step, (last − first)/(steps between them).
/// Sample paths draw their drift from its sampling distribution and add N(0, σ²) shocks each step (R's
/// rwf(drift = TRUE)), clamped at zero for trade data.
/// </summary>
public sealed class DriftForecaster : IForecaster
{
    /// <inheritdoc />
    public string Name
    {
        get
        {
            string[] qualifiers = [.. new[] { (SeasonallyAdjusted, "seasonally adjusted"), (YearLevel, "year level"), (LogScale, "log scale"), (RegimeGrowth, "regime growth") }.Where(q => q.Item1).Select(q => q.Item2)];
            return qualifiers.Length == 0 ? "Drift" : $"Drift ({string.Join(", ", qualifiers)})";
        }
    }

    /// <summary>
    /// True to run on the seasonally adjusted series and multiply the season back in (multiplicative classical
    /// decomposition where the season is significant, as Theta does); false (the default) for R's rwf.
    /// </summary>
    public bool SeasonallyAdjusted { get; init; }

    /// <summary>
    /// True to start the walk from the last cycle's mean (the last twelve months, or eleven for China's combined
    /// Jan–Feb) carried forward to the last step, the slope taken between the first and last cycles' means, so that
    /// one month inside a year moves drift's level by a twelfth of its change on a year before, not by its whole
    /// deviation (issue 11, stability); false (the default) for R's rwf, which starts every path from the last month.
    /// Without two whole cycles observed at both ends, plain drift.
    /// </summary>
    public bool YearLevel { get; init; }

    /// <summary>
    /// True for geometric drift: the walk on the logarithms of the values and its point forecast and paths raised back
    /// (R's rwf(lambda = 0, drift = TRUE), whose point forecast is the median), so a series that grew fivefold keeps
    /// compounding its growth where drift on the values adds a constant step (issue 11, a boom's targets under-stated);
    /// false (the default) for drift on the values. A series with a zero or negative value (a month with no trade) has
    /// no logarithm: it gets drift on the values, with a note. Missing months stay missing, as in plain drift.
    /// </summary>
    public bool LogScale { get; init; }

    /// <summary>
    /// True to draw each path's growth from the series' own regimes (issue 11, the lines' upper tail): the path of
    /// drift as set by the other options is multiplied by e^(δ · s), s steps after the last observation, δ one of the
    /// series' rolling three-year mean log growth rates (of twelve-month sums) less the whole history's, drawn at
    /// random per path and shrunk by n / (n + 2), n the disjoint three-year windows the history spans, held within
    /// ±ln 2 a year; the point forecast is left as it is. A series that grew at one rate gets the same paths; one without
    /// three years and a cycle of complete cycles gets plain drift. False (the default) for R's rwf.
    /// </summary>
    public bool RegimeGrowth { get; init; }

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ForecastGuard.Check(series, horizon, options);
        var data = SeriesData.From(series);
        var forecast = SeasonallyAdjusted ? RandomWalkModels.SeasonallyAdjustedDrift(data, horizon, options, YearLevel, LogScale) : RandomWalkModels.Drift(data, horizon, options, YearLevel, LogScale);
        return RegimeGrowth ? RegimeGrowthDraws.Apply(forecast, data, options) : forecast;
    }
}
