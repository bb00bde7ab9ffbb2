namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>Which ETS models a series admits, and the automatic choice among them by AICc (R's ets(model = "ZZZ")).</summary>
internal static class EtsSelection
{
    /// <summary>The longest cycle a seasonal ETS model is fitted for (R's limit: one state per position).</summary>
    public const int MaxSeasonLength = 24;

    /// <summary>True when seasonal models may be fitted: a cycle longer than 1 and at least two full seasons of data.</summary>
    public static bool SeasonalAllowed(SeriesData data) =>
        data.SeasonLength > 1 && data.SeasonLength <= MaxSeasonLength && data.Length >= 2 * data.SeasonLength;

    /// <summary>
    /// The candidate models, as R's default search: error A/M, trend N/A/Ad, season N/A/M; no multiplicative trend;
    /// no ETS(A,·,M); multiplicative error or season only for strictly positive data; seasonal models only with two
    /// full seasons; and only models with enough observations for a finite AICc.
    /// </summary>
    public static List<EtsModel> Candidates(SeriesData data)
    {
        var seasonal = SeasonalAllowed(data);
        var positive = data.StrictlyPositive;
        var models = new List<EtsModel>();
        foreach (var error in new[] { EtsError.Additive, EtsError.Multiplicative })
        {
            foreach (var trend in new[] { EtsTrend.None, EtsTrend.Additive, EtsTrend.AdditiveDamped })
            {
                foreach (var season in new[] { EtsSeason.None, EtsSeason.Additive, EtsSeason.Multiplicative })
                {
                    var model = new EtsModel(error, trend, season);
                    if (Admits(data, model, seasonal, positive))
                    {
                        models.Add(model);
                    }
                }
            }
        }

        return models;
    }

    /// <summary>Whether <paramref name="model"/> can be fitted to the data at all.</summary>
    public static bool Admits(SeriesData data, EtsModel model) => Admits(data, model, SeasonalAllowed(data), data.StrictlyPositive);

    /// <summary>
    /// Fits every candidate; the successful fits ordered by AICc, lowest first (ties keep candidate order, so the
    /// simpler model wins). The first is R's automatic choice.
    /// </summary>
    public static List<EtsFit> FitAll(SeriesData data, IEnumerable<EtsModel> candidates) =>
        candidates
            .Select(model => EtsEstimator.Fit(data, model))
            .OfType<EtsFit>()
            .Where(fit => double.IsFinite(fit.Aicc))
            .OrderBy(fit => fit.Aicc)
            .ToList();

    private static bool Admits(SeriesData data, EtsModel model, bool seasonal, bool positive)
    {
        if (!model.IsSupported || (model.IsMultiplicative && !positive) || (model.Season != EtsSeason.None && !seasonal))
        {
            return false;
        }

        var m = model.Season == EtsSeason.None ? 1 : data.SeasonLength;
        return data.ObservedCount >= EtsEstimator.MinimumObservations(model, m);
    }
}
