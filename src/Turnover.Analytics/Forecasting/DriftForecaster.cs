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
    public string Name => "Drift";

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ForecastGuard.Check(series, horizon, options);
        return RandomWalkModels.Drift(SeriesData.From(series), horizon, options);
    }
}
