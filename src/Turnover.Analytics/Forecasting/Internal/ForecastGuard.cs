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

    /// <summary>A copy of an ensemble's members, refusing an empty list or a null member.</summary>
    public static IForecaster[] Members(IForecaster[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return members.Length == 0 || members.Any(m => m is null)
            ? throw new ArgumentException("An ensemble needs at least one forecaster and no null member.", nameof(members))
            : (IForecaster[])members.Clone();
    }
}
