using System.Runtime.CompilerServices;

namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>Point forecasts and sample paths of a fitted ETS model.</summary>
internal static class EtsSimulation
{
    /// <summary>
    /// The point forecast: the recursion run forward with zero errors (R's forecast.ets for these model classes),
    /// clamped at zero when <paramref name="nonNegative"/>.
    /// </summary>
    public static double[] Mean(EtsFit fit, int horizon, bool nonNegative)
    {
        var recursion = new EtsRecursion(fit.Model, fit.Parameters);
        var state = fit.FinalState.Clone();
        var level = state.Level;
        var trend = state.Trend;
        var head = state.Head;
        var mean = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            var f = recursion.Forecast(level, trend, state.Season[head]);
            mean[h] = nonNegative ? Math.Max(0, f) : f;
            if (!recursion.Update(ref level, ref trend, ref state.Season[head], f))
            {
                Array.Fill(mean, mean[h], h + 1, horizon - h - 1);
                break;
            }

            head = head + 1 == state.Season.Length ? 0 : head + 1;
        }

        return mean;
    }

    /// <summary>
    /// Simulates the state-space model forward: each step draws ε ~ N(0, σ²) and sets y = f + ε (additive error) or
    /// y = f·(1 + ε) (multiplicative: a relative error), then updates the state with that y. With
    /// <paramref name="nonNegative"/> a negative draw is clamped to zero before it updates the state, so the path
    /// continues from what a trade value can be. If a multiplicative state collapses (level at zero), the path stays
    /// at its last value.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[][] Paths(EtsFit fit, int horizon, int count, GaussianSource random, bool nonNegative)
    {
        var recursion = new EtsRecursion(fit.Model, fit.Parameters);
        var additive = fit.Model.Error == EtsError.Additive;
        var season = new double[fit.FinalState.Season.Length];
        var paths = new double[count][];
        for (var p = 0; p < count; p++)
        {
            var path = new double[horizon];
            fit.FinalState.Season.CopyTo(season, 0);
            var level = fit.FinalState.Level;
            var trend = fit.FinalState.Trend;
            var head = fit.FinalState.Head;
            for (var h = 0; h < horizon; h++)
            {
                var f = recursion.Forecast(level, trend, season[head]);
                var e = fit.Sigma * random.Next();
                var y = additive ? f + e : f * (1 + e);
                if (nonNegative)
                {
                    y = Math.Max(0, y);
                }

                if (!double.IsFinite(y) || !recursion.Update(ref level, ref trend, ref season[head], y))
                {
                    var last = h > 0 ? path[h - 1] : Math.Max(0, f);
                    Array.Fill(path, double.IsFinite(y) ? y : last, h, horizon - h);
                    break;
                }

                path[h] = y;
                head = head + 1 == season.Length ? 0 : head + 1;
            }

            paths[p] = path;
        }

        return paths;
    }
}
