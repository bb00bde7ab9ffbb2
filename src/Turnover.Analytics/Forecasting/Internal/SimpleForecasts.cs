namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>Forecasts that need no model: nothing observed, a constant series.</summary>
internal static class SimpleForecasts
{
    /// <summary>No observation at all: NaN everywhere (there is no honest number to give).</summary>
    public static Forecast NothingObserved(string method, int horizon, ForecastOptions options) =>
        Constant(method, double.NaN, horizon, options, "No observed values: nothing to forecast.");

    /// <summary>Every step and every path equal to <paramref name="value"/>.</summary>
    public static Forecast Constant(string method, double value, int horizon, ForecastOptions options, string? note)
    {
        var mean = new double[horizon];
        Array.Fill(mean, value);
        var paths = new double[options.Paths][];
        for (var p = 0; p < paths.Length; p++)
        {
            paths[p] = (double[])mean.Clone();
        }

        return new Forecast(method, mean, paths, note);
    }

    /// <summary>Appends a sentence to a note that may be null.</summary>
    public static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + " " + second;
}
