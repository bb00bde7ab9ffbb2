using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Forecasting;

/// <summary>
/// Another method's forecast with its interval width set by the series' own past: the method is refitted at earlier
/// origins of the same series (a year apart, back from the last step), each such forecast's year sums are compared
/// with what followed, and the paths of the forecast proper are scaled per year of lead time, as
/// <see cref="WidenedForecaster"/> scales them, by how far outside (or inside) its intervals the series' own
/// outcomes fell. Only steps the series holds are used: nothing after the last step is seen.
/// </summary>
/// <remarks>
/// <para>For an earlier origin and k years ahead, the outcome is the sum of the k-th run of
/// <see cref="ModelSeries.SeasonLength"/> steps after it (every step observed) and its forecast is the same sum over
/// each simulated path. Its standardised error is z = 1.2816 · ln(actual / median) / ln(bound / median), the bound of
/// the 80% interval on the actual's side: |z| is distributed as a standard normal's |Z| when the log-spread is right.
/// The factor for year k is the square root of ((n₀ · f²ₖ₋₁) + Σ z²) / (n₀ + n): the mean of z² over the n outcomes,
/// shrunk towards the year before's factor (towards 1 for the first year) as if n₀ more outcomes had agreed with it,
/// because a series holds few years and a factor from three of them would be noise. |z| is capped so that one
/// supplier's start or stop does not decide the width alone, and the factor is kept within a range.</para>
/// <para>It costs up to <see cref="MaxOrigins"/> more fits of the method per forecast.</para>
/// </remarks>
public sealed class OwnErrorWidthForecaster : IForecaster
{
    /// <summary>The z of an 80% interval's bound under a normal log-spread: Φ⁻¹(0.9).</summary>
    private const double Z80 = 1.2815515655446004;

    private readonly IForecaster _inner;

    /// <summary>Scales <paramref name="inner"/>'s paths by the series' own past errors.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is null.</exception>
    public OwnErrorWidthForecaster(IForecaster inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <summary>The method whose paths are scaled.</summary>
    public IForecaster Inner => _inner;

    /// <summary>Earlier origins refitted at most (the latest ones): 8.</summary>
    public int MaxOrigins { get; init; } = 8;

    /// <summary>Observed steps an earlier origin needs before it, as the target backtest asks of its origins: 24.</summary>
    public int MinObservations { get; init; } = 24;

    /// <summary>Paths simulated at each earlier origin (only their year sums' median and 80% bounds are read): 400.</summary>
    public int OriginPaths { get; init; } = 400;

    /// <summary>How many agreeing outcomes the previous year's factor (1 for the first) counts as: 4.</summary>
    public double PriorWeight { get; init; } = 4;

    /// <summary>The largest |z| one outcome may contribute: 4.</summary>
    public double MaxZ { get; init; } = 4;

    /// <summary>The smallest factor: 0.5 (intervals at most halved).</summary>
    public double MinFactor { get; init; } = 0.5;

    /// <summary>The largest factor: 4.</summary>
    public double MaxFactor { get; init; } = 4;

    /// <inheritdoc />
    public string Name => _inner.Name + ", own-error widths";

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ForecastGuard.Check(series, horizon, options);
        var forecast = _inner.Forecast(series, horizon, options);
        return forecast.Paths.Count == 0 ? forecast : WidenedForecaster.Scale(forecast, series.SeasonLength, Factors(series, horizon, options));
    }

    /// <summary>
    /// The factor per year of lead time (index 0 = the first <see cref="ModelSeries.SeasonLength"/> steps) for a
    /// forecast of <paramref name="horizon"/> steps of <paramref name="series"/>, from its own earlier origins.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public IReadOnlyList<double> Factors(ModelSeries series, int horizon, ForecastOptions options)
    {
        ForecastGuard.Check(series, horizon, options);
        var season = Math.Max(series.SeasonLength, 1);
        var years = (horizon + season - 1) / season;
        var squares = new List<double>[years];
        for (var k = 0; k < years; k++)
        {
            squares[k] = [];
        }

        foreach (var origin in EarlierOrigins.Of(series, years, MaxOrigins, MinObservations))
        {
            var originOptions = options with { Paths = OriginPaths, Seed = GaussianSource.DeriveSeed(options.Seed, 1000 + ((series.Length - origin.End) / season)) };
            var past = _inner.Forecast(origin.Head, origin.Years * season, originOptions);
            for (var k = 0; k < origin.Years && past.Paths.Count > 0; k++)
            {
                if (StandardisedError(series, past, origin.End + (k * season), k * season, season) is { } z)
                {
                    squares[k].Add(Math.Min(z * z, MaxZ * MaxZ));
                }
            }
        }

        var factors = new double[years];
        var prior = 1.0;
        for (var k = 0; k < years; k++)
        {
            var square = ((PriorWeight * prior * prior) + squares[k].Sum()) / (PriorWeight + squares[k].Count);
            factors[k] = Math.Clamp(Math.Sqrt(square), MinFactor, MaxFactor);
            prior = factors[k];
        }

        return factors;
    }

    /// <summary>
    /// z of the sum of <paramref name="length"/> observed steps from <paramref name="from"/> against the same sum of
    /// <paramref name="past"/>'s paths from its step <paramref name="step"/>; null when a step is missing or the
    /// interval gives no scale.
    /// </summary>
    private static double? StandardisedError(ModelSeries series, Forecast past, int from, int step, int length)
    {
        if (EarlierOrigins.Sum(series, from, length) is not { } actual)
        {
            return null;
        }

        var sums = EarlierOrigins.SortedPathSums(past, step, length);
        var median = Forecasting.Forecast.OfSorted(sums, 0.5);
        var bound = Forecasting.Forecast.OfSorted(sums, actual > median ? 0.9 : 0.1);
        if (!(actual > 0) || !(median > 0) || !(bound > 0) || bound == median)
        {
            return null;
        }

        var z = Z80 * Math.Log(actual / median) / Math.Log(bound / median);
        return double.IsFinite(z) ? z : null;
    }
}
