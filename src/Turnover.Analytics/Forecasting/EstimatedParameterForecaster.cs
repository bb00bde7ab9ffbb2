namespace Turnover.Analytics.Forecasting;

/// <summary>
/// Another method's forecast with its spread widened for the uncertainty of parameters estimated on a short series:
/// step h ahead (1-based) of a series with T observed steps has every simulated value moved away from its median by
/// the factor √(1 + h/T) in log terms (as <see cref="WidenedForecaster"/> moves them), the inflation of the forecast
/// variance of a random walk whose drift is estimated from T steps (σ²h(1 + h/T), what drift's own paths and R's
/// <c>rwf</c> include and ETS's do not). The point forecast is the inner method's.
/// </summary>
/// <remarks>
/// The rule is stated, not fitted to outcomes: it falls with the length of history alone (two years of months, a
/// factor of 1.22 one year ahead and 2 six years ahead; twenty years, 1.02 and 1.14), so it widens the forecasts
/// posed on short series, where a backtest found the stated probabilities too confident (issue 11).
/// </remarks>
public sealed class EstimatedParameterForecaster : IForecaster
{
    private readonly IForecaster _inner;

    /// <summary>Widens <paramref name="inner"/>'s paths by √(1 + h/T).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is null.</exception>
    public EstimatedParameterForecaster(IForecaster inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <summary>The method whose paths are widened.</summary>
    public IForecaster Inner => _inner;

    /// <inheritdoc />
    public string Name => _inner.Name + " widened for estimated parameters";

    /// <summary>The factor on the log-deviations from the median <paramref name="stepsAhead"/> steps after a series of <paramref name="observed"/> observed steps: √(1 + h/T).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is not positive.</exception>
    public static double Factor(int stepsAhead, int observed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stepsAhead);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(observed);
        return Math.Sqrt(1 + ((double)stepsAhead / observed));
    }

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        var forecast = _inner.Forecast(series, horizon, options);
        var observed = series.ObservedCount;
        if (observed == 0 || forecast.Mean.Count == 0)
        {
            return forecast;
        }

        // One factor per step (a "season" of one step), h = index + 1.
        var factors = Enumerable.Range(1, forecast.Mean.Count).Select(h => Factor(h, observed)).ToArray();
        return WidenedForecaster.Scale(forecast, 1, factors);
    }
}
