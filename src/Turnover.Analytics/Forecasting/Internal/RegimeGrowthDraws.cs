using MathNet.Numerics.Random;

namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// Drift's growth made uncertain across the series' regimes (issue 11, <see cref="DriftForecaster.RegimeGrowth"/>;
/// the rule was fixed in the README before it was scored): each path's growth is the whole history's plus a deviation
/// drawn from the series' own three-year growth rates, shrunk towards the whole history's mean.
/// </summary>
internal static class RegimeGrowthDraws
{
    /// <summary>Cycles in a window: three years, where the goals are stated and a boom or a bust lasts.</summary>
    public const int WindowCycles = 3;

    /// <summary>Disjoint windows of prior at the whole-history mean: a spread seen in one or two windows is mostly noise.</summary>
    public const double PriorWindows = 2;

    /// <summary>The seed component of the rate draws, so they never share a stream with drift's shocks.</summary>
    private const int SeedComponent = 31;

    /// <summary>
    /// The deviations w · (r_t − r̄) of every rolling rate, each held within ±ln 2 / m per step (a regime's year at
    /// most doubles or halves beyond the mean's); empty when the series holds no rolling rate.
    /// </summary>
    public static double[] Deviations(SeriesData data)
    {
        var m = Math.Max(1, data.SeasonLength);
        var k = WindowCycles * m;
        var logSums = LogCycleSums(data.Values, m);
        var rates = new List<double>();
        int first = -1, last = -1;
        for (var t = 0; t < logSums.Length; t++)
        {
            if (double.IsNaN(logSums[t]))
            {
                continue;
            }

            if (first < 0)
            {
                first = t;
            }

            last = t;
            if (t >= k && !double.IsNaN(logSums[t - k]))
            {
                rates.Add((logSums[t] - logSums[t - k]) / k);
            }
        }

        if (rates.Count == 0)
        {
            return [];
        }

        var mean = (logSums[last] - logSums[first]) / (last - first);
        var windows = (last - first) / (double)k;
        var weight = windows / (windows + PriorWindows);
        var cap = Math.Log(2) / m;
        return [.. rates.Select(r => Math.Clamp(weight * (r - mean), -cap, cap))];
    }

    /// <summary>
    /// Plain drift's paths, each multiplied by e^(δ · s) s steps after the last observation, δ one of the
    /// <see cref="Deviations"/> drawn uniformly from a stream of its own; the point forecast is left as it is.
    /// </summary>
    public static Forecast Apply(Forecast plain, SeriesData data, ForecastOptions options)
    {
        var deviations = Deviations(data);
        if (deviations.Length == 0 || data.LastObserved < 0)
        {
            return plain;
        }

        var gap = data.Length - 1 - data.LastObserved; // steps already elapsed since the last observation
        var uniform = new Xoshiro256StarStar(GaussianSource.DeriveSeed(options.Seed, SeedComponent), threadSafe: false);
        var paths = new double[plain.Paths.Count][];
        for (var p = 0; p < paths.Length; p++)
        {
            var delta = deviations[uniform.Next(deviations.Length)];
            var source = plain.Paths[p];
            var path = new double[source.Length];
            for (var h = 0; h < path.Length; h++)
            {
                path[h] = source[h] * Math.Exp(delta * (gap + h + 1));
            }

            paths[p] = path;
        }

        return plain with { Paths = paths };
    }

    /// <summary>ln of the sum of the m steps ending at each t; NaN where one is missing or the sum is not above zero.</summary>
    private static double[] LogCycleSums(double[] y, int m)
    {
        var logSums = new double[y.Length];
        Array.Fill(logSums, double.NaN);
        for (var t = m - 1; t < y.Length; t++)
        {
            double sum = 0;
            var complete = true;
            for (var j = t - m + 1; j <= t && complete; j++)
            {
                complete = !double.IsNaN(y[j]);
                sum += complete ? y[j] : 0;
            }

            if (complete && sum > 0)
            {
                logSums[t] = Math.Log(sum);
            }
        }

        return logSums;
    }
}
