using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Forecasting;

/// <summary>
/// Exponential smoothing state-space models (ETS, Hyndman et al. 2008), fitted by maximum likelihood: one given
/// model, the best by AICc among the admissible ones (as R's <c>forecast::ets</c>), or all admissible ones combined
/// with Akaike weights (<see cref="AkaikeWeighted"/>). Sample paths simulate the fitted model with N(0, σ²) errors
/// (relative errors for multiplicative-error models).
/// </summary>
/// <remarks>
/// Fallbacks, stated in <see cref="Forecast.Notes"/>: zeros or negatives rule out multiplicative models; fewer than
/// two full seasons rule out seasonal ones; a forced model the data cannot support is replaced by the AICc choice;
/// fewer than five observations (or no successful fit) give a naive forecast; a constant series a constant one.
/// Missing values are skipped in the likelihood: the state moves through them as in prediction, nothing is filled.
/// </remarks>
public sealed class EtsForecaster : IForecaster
{
    /// <summary>Chooses the model automatically by AICc.</summary>
    public EtsForecaster()
    {
    }

    /// <summary>Always fits <paramref name="model"/> (unless the data cannot support it; see remarks).</summary>
    /// <exception cref="ArgumentException"><paramref name="model"/> is ETS(A,·,M), which is not supported.</exception>
    public EtsForecaster(EtsModel model)
    {
        if (!model.IsSupported)
        {
            throw new ArgumentException($"{model} is not supported: additive error with multiplicative seasonality has infinite forecast variance.", nameof(model));
        }

        Model = model;
    }

    private EtsForecaster(bool weighted)
    {
        IsAkaikeWeighted = weighted;
    }

    /// <summary>The forced model, or null for automatic selection.</summary>
    public EtsModel? Model { get; }

    /// <summary>True when the forecast combines all admissible models with Akaike weights instead of choosing one.</summary>
    public bool IsAkaikeWeighted { get; }

    /// <inheritdoc />
    public string Name => Model is { } model ? model.ToString() : IsAkaikeWeighted ? "ETS (AICc-weighted)" : "ETS (AICc)";

    /// <summary>
    /// Fits every admissible model and combines them with Akaike weights, w ∝ exp(−ΔAICc/2) (Burnham &amp; Anderson
    /// 2002; Kolassa 2011 for exponential smoothing): the point forecast is the weighted mean, the paths a mixture
    /// in proportion to the weights. Where one model dominates this is AICc selection; where several are close it
    /// hedges between them (typically damped and undamped trends).
    /// </summary>
    public static EtsForecaster AkaikeWeighted() => new(weighted: true);

    /// <inheritdoc />
    public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
    {
        ForecastGuard.Check(series, horizon, options);
        var data = SeriesData.From(series);
        if (data.ObservedCount == 0)
        {
            return SimpleForecasts.NothingObserved(ForecastMethod.Ets(null), horizon, options);
        }

        // One observation is not a constant series: it says nothing of how the series moves (the short-series fallback says so).
        if (data.IsConstant && data.ObservedCount > 1)
        {
            return SimpleForecasts.Constant(ForecastMethod.Ets(new EtsModel(EtsError.Additive, EtsTrend.None, EtsSeason.None)), data.Values[data.LastObserved], horizon, options, ForecastNoteKind.ConstantSeries);
        }

        var (fits, notes) = FitModels(data, all: IsAkaikeWeighted);
        if (fits.Count == 0)
        {
            var fallback = RandomWalkModels.SeasonalNaive(data.ObservedCount < 5 ? data.WithSeasonLength(1) : data, horizon, options);
            var reason = data.ObservedCount < 5
                ? new ForecastNote(ForecastNoteKind.TooFewObservations) { Count = data.ObservedCount, Model = ForecastMethod.Ets(null), Fallback = fallback.Method }
                : new ForecastNote(ForecastNoteKind.NoModelFitted) { Model = ForecastMethod.Ets(null), Fallback = fallback.Method };
            return fallback with { Notes = [.. notes, reason, .. fallback.Notes] };
        }

        if (IsAkaikeWeighted && fits.Count > 1)
        {
            return EtsAveraging.Forecast(fits, horizon, options) with { Notes = notes };
        }

        var fit = fits[0];
        var mean = EtsSimulation.Mean(fit, horizon, options.NonNegative);
        var paths = EtsSimulation.Paths(fit, horizon, options.Paths, new GaussianSource(options.Seed), options.NonNegative);
        return new Forecast(ForecastMethod.Ets(fit.Model), mean, paths, notes);
    }

    /// <summary>
    /// Fits without forecasting and describes the fit; null when no ETS model could be fitted (too few observations,
    /// a constant series, every fit failed). The fallback notes, if any, are in <paramref name="notes"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public EtsFitInfo? Fit(ModelSeries series, out IReadOnlyList<ForecastNote> notes)
    {
        ArgumentNullException.ThrowIfNull(series);
        var data = SeriesData.From(series);
        notes = [];
        if (data.ObservedCount == 0 || data.IsConstant)
        {
            return null;
        }

        (var fits, notes) = FitModels(data, all: false);
        if (fits.Count == 0)
        {
            return null;
        }

        var fit = fits[0];
        var p = fit.Parameters;
        return new EtsFitInfo(
            fit.Model,
            p.Alpha,
            fit.Model.Trend == EtsTrend.None ? null : p.Beta,
            fit.Model.Season == EtsSeason.None ? null : p.Gamma,
            fit.Model.Trend == EtsTrend.AdditiveDamped ? p.Phi : null,
            fit.Sigma,
            fit.Aicc,
            fit.Observed,
            fit.Evaluations);
    }

    /// <summary>
    /// The fitted model behind <see cref="Forecast"/> (empty when none could be fitted), or with <paramref name="all"/>
    /// every admissible model, best AICc first; with the fallback note.
    /// </summary>
    internal (IReadOnlyList<EtsFit> Fits, IReadOnlyList<ForecastNote> Notes) FitModels(SeriesData data, bool all)
    {
        var notes = new List<ForecastNote>();
        if (data.SeasonLength > 1 && !EtsSelection.SeasonalAllowed(data))
        {
            notes.Add(data.SeasonLength > EtsSelection.MaxSeasonLength
                ? new ForecastNote(ForecastNoteKind.SeasonTooLong) { Count = data.SeasonLength }
                : new ForecastNote(ForecastNoteKind.FewerThanTwoSeasons));
        }

        if (!data.StrictlyPositive)
        {
            notes.Add(new ForecastNote(ForecastNoteKind.NonPositiveValues));
        }

        if (Model is { } model)
        {
            if (EtsSelection.Admits(data, model))
            {
                var forced = EtsEstimator.Fit(data, model);
                if (forced is not null)
                {
                    return ([forced], []);
                }
            }

            notes.Insert(0, new ForecastNote(ForecastNoteKind.ModelNotFitted) { Model = ForecastMethod.Ets(model) });
        }

        var fits = EtsSelection.FitAll(data, EtsSelection.Candidates(data));
        return (all ? fits : fits.Take(1).ToList(), notes);
    }
}
