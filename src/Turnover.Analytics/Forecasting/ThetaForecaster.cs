using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Forecasting;

/// <summary>
/// The standard Theta method (Assimakopoulos &amp; Nikolopoulos 2000) as R's <c>thetaf</c>: simple exponential
/// smoothing plus a drift of half the slope of a straight line through the data, on data seasonally adjusted by a
/// classical multiplicative decomposition when the autocorrelation at one season is significant. Sample paths
/// simulate its state-space equivalent, SES with drift (Hyndman &amp; Billah 2003): ETS(A,N,N) with N(0, σ²) errors,
/// plus the drift, reseasonalised; values are then clamped at zero for trade data.
/// </summary>
public sealed class ThetaForecaster : IForecaster
{
    /// <inheritdoc />
    public string Name => "Theta";

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ForecastGuard.Check(series, horizon, options);
        var data = SeriesData.From(series);
        if (data.ObservedCount == 0)
        {
            return SimpleForecasts.NothingObserved(ForecastMethod.Theta(false), horizon, options);
        }

        // One observation is not a constant series: it says nothing of how the series moves (the short-series fallback says so).
        if (data.IsConstant && data.ObservedCount > 1)
        {
            return SimpleForecasts.Constant(ForecastMethod.Theta(false), data.Values[data.LastObserved], horizon, options, ForecastNoteKind.ConstantSeries);
        }

        var m = data.SeasonLength;
        var figures = SeasonalAdjustment.Figures(data, out var notes);
        var adjusted = figures.All(f => f == 1) ? data.Values : data.Values.Select((v, t) => v / figures[t % m]).ToArray();

        var sesData = SeriesData.From(new ModelSeries(adjusted.Select(v => double.IsNaN(v) ? (double?)null : v).ToList(), 1));
        var ses = EtsEstimator.Fit(sesData, new EtsModel(EtsError.Additive, EtsTrend.None, EtsSeason.None));
        var line = LinearTrend.Fit(adjusted, adjusted.Length, 0);
        if (ses is null || line is null)
        {
            var fallback = RandomWalkModels.Drift(data, horizon, options);
            var reason = new ForecastNote(ForecastNoteKind.TooFewObservations) { Count = data.ObservedCount, Model = ForecastMethod.Theta(false), Fallback = fallback.Method };
            return fallback with { Notes = [.. notes, reason, .. fallback.Notes] };
        }

        // thetaf's drift: half the regression slope, with SES's start-up correction (1 − (1 − α)ⁿ)/α.
        var alpha = Math.Max(1e-10, ses.Parameters.Alpha);
        var n = data.Length;
        var startUp = (1 - Math.Pow(1 - alpha, n)) / alpha;
        var drift = new double[horizon];
        var seasonal = new double[horizon];
        var mean = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            drift[h] = line.Value.Slope / 2 * (h + startUp);
            seasonal[h] = figures[(n + h) % m];
            var value = (ses.FinalState.Level + drift[h]) * seasonal[h];
            mean[h] = options.NonNegative ? Math.Max(0, value) : value;
        }

        var random = new GaussianSource(options.Seed);
        var paths = new double[options.Paths][];
        for (var p = 0; p < paths.Length; p++)
        {
            var level = ses.FinalState.Level;
            var path = new double[horizon];
            for (var h = 0; h < horizon; h++)
            {
                var error = ses.Sigma * random.Next();
                var value = (level + error + drift[h]) * seasonal[h];
                path[h] = options.NonNegative ? Math.Max(0, value) : value;
                level += alpha * error;
            }

            paths[p] = path;
        }

        var method = ForecastMethod.Theta(seasonallyAdjusted: !ReferenceEquals(adjusted, data.Values));
        return new Forecast(method, mean, paths, notes);
    }
}
