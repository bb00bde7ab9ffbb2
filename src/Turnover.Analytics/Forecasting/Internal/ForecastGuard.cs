namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>Argument checks shared by the forecasters: caller mistakes, not data problems, so they throw.</summary>
internal static class ForecastGuard
{
    public static void Check(ModelSeries series, int horizon, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Paths, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(series.SeasonLength, nameof(series));
    }
}
