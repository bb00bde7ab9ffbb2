using Turnover.Analytics.Forecasting;

/// <summary>
/// A forecast of a window that starts in January of <c>firstYear</c> with the Lunar New Year's timing measured on the
/// window (<see cref="LunarNewYearEffect.Estimate"/>), taken out of its Januaries and Februaries before fitting and
/// put back into the forecast's: the rule <see cref="MonthlySteps"/> applies to single-month series.
/// </summary>
internal static class LunarNewYearWindow
{
    public static Forecast Forecast(IForecaster forecaster, double[] window, int firstYear, int horizon, ForecastOptions options)
    {
        var pairs = Enumerable.Range(0, window.Length / 12).Where(y => (y * 12) + 1 < window.Length)
            .Select(y => (firstYear + y, window[y * 12], window[(y * 12) + 1])).ToList();
        if (LunarNewYearEffect.Estimate(pairs) is not { } effect)
        {
            return forecaster.Forecast(new ModelSeries([.. window.Select(v => (double?)v)], 12), horizon, options);
        }

        double Factor(int i) => effect.Factor(firstYear + (i / 12), (i % 12) + 1);
        var adjusted = new ModelSeries([.. window.Select((v, i) => (double?)(v / Factor(i)))], 12);
        var forecast = forecaster.Forecast(adjusted, horizon, options);
        return forecast with { Mean = [.. forecast.Mean.Select((v, h) => v * Factor(window.Length + h))] };
    }
}
