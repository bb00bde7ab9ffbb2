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
    public string Name => (SeasonallyAdjusted, YearLevel) switch
    {
        (true, true) => "Drift (seasonally adjusted, year level)",
        (true, false) => "Drift (seasonally adjusted)",
        (false, true) => "Drift (year level)",
        _ => "Drift",
    };

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

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ForecastGuard.Check(series, horizon, options);
        var data = SeriesData.From(series);
        return SeasonallyAdjusted ? RandomWalkModels.SeasonallyAdjustedDrift(data, horizon, options, YearLevel) : RandomWalkModels.Drift(data, horizon, options, YearLevel);
    }
}
