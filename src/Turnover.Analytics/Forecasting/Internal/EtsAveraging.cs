namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>Combines fitted ETS models with Akaike weights.</summary>
internal static class EtsAveraging
{
    /// <summary>Models below this weight are dropped (and the rest renormalised): they would not move the forecast.</summary>
    private const double MinimumWeight = 1e-3;

    /// <summary>
    /// Weighted mean of the models' point forecasts; paths allotted to the models in proportion to their weights
    /// (largest remainders), each model simulated with its own seed, derived from the model's form (not its position
    /// among the models kept): a form that falls below <see cref="MinimumWeight"/> when a month arrives does not
    /// reshuffle the random draws of every other form, which moved a probability by Monte Carlo noise alone.
    /// </summary>
    public static Forecast Forecast(IReadOnlyList<EtsFit> fits, int horizon, ForecastOptions options)
    {
        var best = fits.Min(f => f.Aicc);
        var raw = fits.Select(f => Math.Exp(-0.5 * (f.Aicc - best))).ToArray();
        var kept = Enumerable.Range(0, fits.Count).Where(i => raw[i] / raw.Sum() >= MinimumWeight).ToArray();
        var total = kept.Sum(i => raw[i]);
        var weights = kept.Select(i => raw[i] / total).ToArray();
        var counts = Allot(weights, options.Paths);

        var mean = new double[horizon];
        var paths = new List<double[]>(options.Paths);
        for (var k = 0; k < kept.Length; k++)
        {
            var fit = fits[kept[k]];
            var modelMean = EtsSimulation.Mean(fit, horizon, options.NonNegative);
            for (var h = 0; h < horizon; h++)
            {
                mean[h] += weights[k] * modelMean[h];
            }

            paths.AddRange(EtsSimulation.Paths(fit, horizon, counts[k], new GaussianSource(GaussianSource.DeriveSeed(options.Seed, FormIndex(fit.Model))), options.NonNegative));
        }

        var method = ForecastMethod.AkaikeWeightedEts(kept.Select((i, k) => (fits[i].Model, weights[k])));
        return new Forecast(method, mean, paths, []);
    }

    /// <summary>A number for each ETS form (error, trend, season: 2 × 3 × 3), the same whatever else was fitted.</summary>
    private static int FormIndex(EtsModel model) => ((int)model.Error * 9) + ((int)model.Trend * 3) + (int)model.Season;

    /// <summary>Splits <paramref name="total"/> paths in proportion to the weights, by largest remainder.</summary>
    private static int[] Allot(double[] weights, int total)
    {
        var counts = weights.Select(w => (int)Math.Floor(w * total)).ToArray();
        var order = Enumerable.Range(0, weights.Length).OrderByDescending(i => (weights[i] * total) - counts[i]).ThenBy(i => i);
        foreach (var i in order.Take(total - counts.Sum()))
        {
            counts[i]++;
        }

        return counts;
    }
}
