namespace Turnover.Analytics.Forecasting;

/// <summary>A forecasting method: fits a series and simulates its future.</summary>
public interface IForecaster
{
    /// <summary>The method's name as printed (e.g. "ETS (AICc)", "Theta", "Seasonal naive").</summary>
    string Name { get; }

    /// <summary>Forecasts <paramref name="horizon"/> steps ahead. Never throws for short or odd series: falls back and says so in <see cref="Forecast.Notes"/>.</summary>
    Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options);
}
