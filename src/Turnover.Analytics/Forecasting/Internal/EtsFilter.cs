using System.Runtime.CompilerServices;

namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>Runs an ETS model through a series and scores it.</summary>
internal static class EtsFilter
{
    private const double Tiny = 1e-10;

    /// <summary>Forecasts beyond this (in units of the mean |y|) mean the parameters have made the model explode.</summary>
    private const double Huge = 1e100;

    /// <summary>
    /// Runs the recursion over <paramref name="y"/> (NaN = missing) starting from <paramref name="state"/>, which ends
    /// as the state after the last step. A missing step contributes nothing to the likelihood: the state moves on
    /// with zero error, exactly as it would when forecasting. Returns −2·log-likelihood up to a constant,
    /// n·log(Σe²) (+ 2·Σlog f for multiplicative errors, the Jacobian of relative errors), or NaN when the
    /// parameters make the model break down (non-positive forecast under multiplicative error, …).
    /// </summary>
    public static double Run(
        EtsModel model,
        in EtsRecursion recursion,
        ReadOnlySpan<double> y,
        EtsState state,
        Span<double> residuals,
        out double sumSquares,
        out int observed)
    {
        var multiplicativeError = model.Error == EtsError.Multiplicative;
        return model.Season switch
        {
            EtsSeason.Additive => Run<AdditiveSeason>(multiplicativeError, recursion, y, state, residuals, out sumSquares, out observed),
            EtsSeason.Multiplicative => Run<MultiplicativeSeason>(multiplicativeError, recursion, y, state, residuals, out sumSquares, out observed),
            _ => Run<NoSeason>(multiplicativeError, recursion, y, state, residuals, out sumSquares, out observed),
        };
    }

    // Fully optimised from the first call: a CLI process fits a handful of series and exits before tiered
    // compilation would promote this loop, which runs thousands of times per fit.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Run<TSeason>(
        bool multiplicativeError,
        in EtsRecursion recursion,
        ReadOnlySpan<double> y,
        EtsState state,
        Span<double> residuals,
        out double sumSquares,
        out int observed)
        where TSeason : struct, ISeasonPolicy
    {
        var phi = recursion.Phi;
        var level = state.Level;
        var trend = state.Trend;
        var season = state.Season;
        var m = season.Length;
        var head = state.Head;
        var logSum = 0.0;
        var product = 1.0; // Σ log f accumulated as a product, one Math.Log per many steps, not per step
        sumSquares = 0;
        observed = 0;
        var valid = true;
        for (var t = 0; t < y.Length; t++)
        {
            var f = EtsStep<TSeason>.Forecast(level, trend, season[head], phi);
            var value = y[t];
            if (double.IsNaN(value))
            {
                value = f;
                if (!residuals.IsEmpty)
                {
                    residuals[t] = double.NaN;
                }
            }
            else
            {
                double e;
                if (multiplicativeError)
                {
                    if (!(f > Tiny && f < Huge))
                    {
                        valid = false;
                        break;
                    }

                    e = (value - f) / f;
                    product *= f;
                    if (product is > 1e100 or < 1e-100)
                    {
                        logSum += Math.Log(product);
                        product = 1.0;
                    }
                }
                else
                {
                    e = value - f;
                }

                sumSquares += e * e;
                observed++;
                if (!residuals.IsEmpty)
                {
                    residuals[t] = e;
                }
            }

            if (!EtsStep<TSeason>.Update(ref level, ref trend, ref season[head], value, recursion))
            {
                valid = false;
                break;
            }

            head = head + 1 == m ? 0 : head + 1;
        }

        state.Level = level;
        state.Trend = trend;
        state.Head = head;
        if (!valid || observed == 0 || !double.IsFinite(sumSquares))
        {
            return double.NaN;
        }

        logSum += Math.Log(product);
        var criterion = (observed * Math.Log(sumSquares)) + (multiplicativeError ? 2 * logSum : 0);
        return double.IsNaN(criterion) ? double.NaN : criterion;
    }
}
