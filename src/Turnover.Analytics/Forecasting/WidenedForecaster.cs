namespace Turnover.Analytics.Forecasting;

/// <summary>
/// Another method's forecast with its spread scaled per year of lead time: every simulated value is moved away from
/// (or towards) its step's median by a factor in log terms, value = median × (value / median)^factor, so a factor
/// above 1 widens every interval and flattens every probability read off the paths, the median and zeros stay, and
/// no value turns negative (values at or below zero, possible only for a balance, are left as they are). The point forecast is the inner method's.
/// </summary>
/// <remarks>
/// Step h (0-based) is <c>h / SeasonLength + 1</c> years ahead: from a December, the steps of the next calendar year
/// take the first factor; past the last factor the last one holds. The factors come from a calibration backtest
/// (<see cref="Calibration.WidthFactors"/>), never from the series being forecast.
/// </remarks>
public sealed class WidenedForecaster : IForecaster
{
    /// <summary>
    /// The largest value a widened path may take: a large factor on a path far above a small median overflows what the
    /// annual sums (decimal US dollars) can hold; 10^18 a month is beyond any trade and far inside that range.
    /// </summary>
    private const double Ceiling = 1e18;

    private readonly IForecaster _inner;
    private readonly double[] _factors;

    /// <summary>Scales <paramref name="inner"/>'s paths by <paramref name="factorsByYear"/> (1 year ahead first).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No factor, or a factor that is not a positive finite number.</exception>
    public WidenedForecaster(IForecaster inner, IReadOnlyList<double> factorsByYear)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(factorsByYear);
        if (factorsByYear.Count == 0 || factorsByYear.Any(f => !double.IsFinite(f) || f <= 0))
        {
            throw new ArgumentException("Width factors should be positive finite numbers, at least one.", nameof(factorsByYear));
        }

        _inner = inner;
        _factors = [.. factorsByYear];
    }

    /// <summary>The method whose paths are scaled.</summary>
    public IForecaster Inner => _inner;

    /// <summary>The factor per year of lead time (index 0 = the steps of the first year).</summary>
    public IReadOnlyList<double> Factors => _factors;

    /// <inheritdoc />
    public string Name => _inner.Name + ", widened";

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Scale(_inner.Forecast(series, horizon, options), series.SeasonLength, _factors);
    }

    /// <summary>
    /// <paramref name="forecast"/> with every step's paths scaled around the step's median by the factor of its year
    /// of lead time (step h takes <c>factors[h / seasonLength]</c>, the last factor beyond).
    /// </summary>
    internal static Forecast Scale(Forecast forecast, int seasonLength, IReadOnlyList<double> factors) =>
        Scale(forecast, seasonLength, factors, factors);

    /// <summary>
    /// As <see cref="Scale(Forecast, int, IReadOnlyList{double})"/>, but the values above a step's median are scaled
    /// by <paramref name="upper"/> and those below it by <paramref name="lower"/> (both per year of lead time): a
    /// distribution whose one tail was too thin is widened on that side alone.
    /// </summary>
    internal static Forecast Scale(Forecast forecast, int seasonLength, IReadOnlyList<double> upper, IReadOnlyList<double> lower)
    {
        var paths = forecast.Paths.Select(p => (double[])p.Clone()).ToArray();
        var horizon = forecast.Mean.Count;
        var column = new double[paths.Length];
        for (var h = 0; h < horizon && paths.Length > 0; h++)
        {
            var year = h / Math.Max(seasonLength, 1);
            var (up, down) = (upper[Math.Min(year, upper.Count - 1)], lower[Math.Min(year, lower.Count - 1)]);
            if (up == 1 && down == 1)
            {
                continue;
            }

            for (var p = 0; p < paths.Length; p++)
            {
                column[p] = paths[p][h];
            }

            Array.Sort(column);
            var median = Forecasting.Forecast.OfSorted(column, 0.5);
            if (!(median > 0))
            {
                continue; // no scale to move around (a series that died out)
            }

            foreach (var path in paths)
            {
                if (path[h] > 0)
                {
                    path[h] = Math.Min(median * Math.Pow(path[h] / median, path[h] > median ? up : down), Ceiling);
                }
            }
        }

        return forecast with { Paths = paths };
    }
}
