namespace Turnover.Analytics.Forecasting;

/// <summary>Accuracy measures of a point forecast against actuals, as R's <c>accuracy()</c> defines them.</summary>
public static class ForecastAccuracy
{
    /// <summary>
    /// The in-sample MAE of the seasonal naive method on <paramref name="training"/>: mean |y_t − y_{t−m}| over
    /// pairs both observed (m = 1: the naive method). NaN when there is no such pair. MASE divides by it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is null.</exception>
    public static double SeasonalNaiveScale(ModelSeries training)
    {
        ArgumentNullException.ThrowIfNull(training);
        var m = Math.Max(1, training.SeasonLength);
        double sum = 0;
        var pairs = 0;
        for (var t = m; t < training.Values.Count; t++)
        {
            if (training.Values[t] is { } now && training.Values[t - m] is { } before)
            {
                sum += Math.Abs(now - before);
                pairs++;
            }
        }

        return pairs > 0 ? sum / pairs : double.NaN;
    }

    /// <summary>
    /// Mean absolute scaled error: mean |actual − forecast| over the observed actuals, divided by
    /// <see cref="SeasonalNaiveScale"/> of the training data. NaN when nothing can be compared or the scale is 0.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static double Mase(IReadOnlyList<double?> actual, IReadOnlyList<double> forecast, ModelSeries training)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(forecast);
        var scale = SeasonalNaiveScale(training);
        double sum = 0;
        var count = 0;
        for (var h = 0; h < Math.Min(actual.Count, forecast.Count); h++)
        {
            if (actual[h] is { } y)
            {
                sum += Math.Abs(y - forecast[h]);
                count++;
            }
        }

        return count > 0 && scale > 0 ? sum / count / scale : double.NaN;
    }

    /// <summary>
    /// Symmetric MAPE in percent (0–200): mean of 200·|actual − forecast| / (|actual| + |forecast|) over the observed
    /// actuals; a step where both are 0 counts as 0. NaN when nothing can be compared.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static double Smape(IReadOnlyList<double?> actual, IReadOnlyList<double> forecast)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(forecast);
        double sum = 0;
        var count = 0;
        for (var h = 0; h < Math.Min(actual.Count, forecast.Count); h++)
        {
            if (actual[h] is { } y)
            {
                sum += SmapeTerm(y, forecast[h]);
                count++;
            }
        }

        return count > 0 ? sum / count : double.NaN;
    }

    internal static double SmapeTerm(double actual, double forecast)
    {
        var denominator = Math.Abs(actual) + Math.Abs(forecast);
        return denominator > 0 ? 200 * Math.Abs(actual - forecast) / denominator : 0;
    }
}
