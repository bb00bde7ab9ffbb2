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
    public string Name => SeasonallyAdjusted ? "Drift (seasonally adjusted)" : "Drift";

    /// <summary>
    /// True to run on the seasonally adjusted series and multiply the season back in (multiplicative classical
    /// decomposition where the season is significant, as Theta does); false (the default) for R's rwf.
    /// </summary>
    public bool SeasonallyAdjusted { get; init; }

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ForecastGuard.Check(series, horizon, options);
        var data = SeriesData.From(series);
        return SeasonallyAdjusted ? RandomWalkModels.SeasonallyAdjustedDrift(data, horizon, options) : RandomWalkModels.Drift(data, horizon, options);
    }
}
