namespace Turnover.Analytics.Forecasting;

/// <summary>
/// One method's centre with another's spread: at every step, each of the spread method's paths, as a ratio to that
/// step's median over its paths, multiplies the centre method's median of the step (value = centre median × spread
/// path / spread median). The point forecast is the centre method's; the intervals are as wide, in log terms, as the
/// spread method's. Paths whose spread median is not above zero (a series that died out) are the spread method's own.
/// </summary>
public sealed class BorrowedSpreadForecaster : IForecaster
{
    private readonly IForecaster _centre;
    private readonly IForecaster _spread;

    /// <summary>Centres <paramref name="spread"/>'s paths on <paramref name="centre"/>'s medians.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BorrowedSpreadForecaster(IForecaster centre, IForecaster spread)
    {
        ArgumentNullException.ThrowIfNull(centre);
        ArgumentNullException.ThrowIfNull(spread);
        _centre = centre;
        _spread = spread;
    }

    /// <inheritdoc />
    public string Name => $"{_centre.Name}, {_spread.Name.ToLowerInvariant()} spread";

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        var centre = _centre.Forecast(series, horizon, options);
        var spread = _spread.Forecast(series, horizon, options);
        var paths = spread.Paths.Select(p => (double[])p.Clone()).ToArray();
        for (var h = 0; h < horizon && paths.Length > 0 && centre.Paths.Count > 0; h++)
        {
            var spreadMedian = spread.Quantile(h, 0.5);
            var centreMedian = centre.Quantile(h, 0.5);
            if (!(spreadMedian > 0))
            {
                continue;
            }

            foreach (var path in paths)
            {
                path[h] = centreMedian * (path[h] / spreadMedian);
            }
        }

        return centre with { Paths = paths };
    }
}
