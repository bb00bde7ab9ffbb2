using System.Globalization;
using Turnover.Analytics.Forecasting;

/// <summary>
/// The Theta weight each own-weight mixture with a point member gave its point forecast, over the series it forecast:
/// how far the series' own earlier origins moved it from the prior (½). Read from the mixture's kept earlier fits,
/// so it costs no new fit.
/// </summary>
internal static class PointWeights
{
    public static void Print(IEnumerable<(string Key, IForecaster Forecaster)> methods, IReadOnlyList<ModelSeries> series)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var (key, forecaster) in methods)
        {
            if (forecaster is not OwnWeightMixtureForecaster { PointMember: { } member } mixture)
            {
                continue;
            }

            var weights = series.Select(s => mixture.Weights(s, new ForecastOptions { Paths = 0 })).ToList();
            var u = weights.Select(w => w.PointMember).Order().ToArray();
            Console.WriteLine(string.Create(inv, $"{key}: {member.Name}'s point weight over {u.Length} series: mean {u.Average():F3}, quartiles {u[u.Length / 4]:F3} / {u[u.Length / 2]:F3} / {u[3 * u.Length / 4]:F3}, range {u[0]:F3}–{u[^1]:F3}; below ½ (towards ETS) in {u.Count(x => x < 0.5)}, above in {u.Count(x => x > 0.5)}; scored origins per series {weights.Average(w => w.PointMemberOrigins):F1}"));
        }
    }
}
