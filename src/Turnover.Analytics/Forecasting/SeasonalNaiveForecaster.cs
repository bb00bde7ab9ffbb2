using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Forecasting;

/// <summary>
/// Seasonal naive: each future step repeats the last observed value of the same position in the cycle (the plain
/// naive method for season length 1). Sample paths come from the seasonal random walk with N(0, σ²) shocks, σ² the
/// mean squared seasonal difference (R's snaive), clamped at zero for trade data.
/// </summary>
public sealed class SeasonalNaiveForecaster : IForecaster
{
    /// <inheritdoc />
    public string Name => "Seasonal naive";

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ForecastGuard.Check(series, horizon, options);
        return RandomWalkModels.SeasonalNaive(SeriesData.From(series), horizon, options);
    }
}
