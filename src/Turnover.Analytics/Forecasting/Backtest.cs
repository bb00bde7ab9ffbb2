namespace Turnover.Analytics.Forecasting;

/// <summary>
/// Rolling-origin evaluation: fit on the series up to each origin, forecast h steps, compare with the actuals
/// that were observed. The last origin leaves exactly h steps, the earlier ones step back one at a time.
/// </summary>
public static class Backtest
{
    /// <summary>Evaluates <paramref name="forecaster"/> from <paramref name="origins"/> origins.</summary>
    /// <param name="series">The full series; actuals come from its tail.</param>
    /// <param name="forecaster">The method to evaluate.</param>
    /// <param name="horizon">Steps forecast from each origin (at least 1).</param>
    /// <param name="origins">
    /// Number of origins (at least 1); origins with fewer than 2 training steps are skipped, and so are forecast steps
    /// for which the method could give no number (nothing observed before the origin).
    /// </param>
    /// <param name="options">Paths and seed for each forecast (coverage comes from the paths).</param>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> or <paramref name="forecaster"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> or <paramref name="origins"/> is not positive.</exception>
    public static BacktestResult Run(ModelSeries series, IForecaster forecaster, int horizon, int origins, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(forecaster);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(origins);

        var details = new List<BacktestOrigin>();
        double smapeSum = 0, maseSum = 0;
        int points = 0, maseCount = 0, inside80 = 0, inside95 = 0, intervalPoints = 0;
        for (var i = 0; i < origins; i++)
        {
            var trainingLength = series.Length - horizon - (origins - 1 - i);
            if (trainingLength < 2)
            {
                continue;
            }

            var training = new ModelSeries(series.Values.Take(trainingLength).ToArray(), series.SeasonLength);
            var actual = series.Values.Skip(trainingLength).Take(horizon).ToArray();
            var forecast = forecaster.Forecast(training, horizon, options);
            var mase = ForecastAccuracy.Mase(actual, forecast.Mean, training);
            var smape = ForecastAccuracy.Smape(actual, forecast.Mean);
            var originPoints = 0;
            for (var h = 0; h < actual.Length; h++)
            {
                // A method gives NaN only when nothing was observed before the origin: no forecast to score.
                if (actual[h] is not { } y || !double.IsFinite(forecast.Mean[h]))
                {
                    continue;
                }

                originPoints++;
                smapeSum += ForecastAccuracy.SmapeTerm(y, forecast.Mean[h]);
                if (forecast.Paths.Count > 0)
                {
                    intervalPoints++;
                    inside80 += Inside(forecast, h, y, 0.10, 0.90) ? 1 : 0;
                    inside95 += Inside(forecast, h, y, 0.025, 0.975) ? 1 : 0;
                }
            }

            points += originPoints;
            if (!double.IsNaN(mase))
            {
                maseSum += mase;
                maseCount++;
            }

            details.Add(new BacktestOrigin(trainingLength, forecast.Method, forecast.Notes, originPoints, mase, smape));
        }

        return new BacktestResult(
            forecaster.Name,
            horizon,
            details,
            maseCount > 0 ? maseSum / maseCount : double.NaN,
            points > 0 ? smapeSum / points : double.NaN,
            intervalPoints > 0 ? (double)inside80 / intervalPoints : double.NaN,
            intervalPoints > 0 ? (double)inside95 / intervalPoints : double.NaN,
            points);
    }

    /// <summary>Evaluates several forecasters on the same origins, in order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="forecasters"/> is null.</exception>
    public static IReadOnlyList<BacktestResult> Run(ModelSeries series, IEnumerable<IForecaster> forecasters, int horizon, int origins, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(forecasters);
        return forecasters.Select(f => Run(series, f, horizon, origins, options)).ToList();
    }

    private static bool Inside(Forecast forecast, int h, double actual, double lower, double upper) =>
        actual >= forecast.Quantile(h, lower) && actual <= forecast.Quantile(h, upper);
}
