namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>Starting values for the optimiser, following R's <c>initstate</c> and <c>initparam</c>.</summary>
internal static class EtsInitialization
{
    public const double Lower = 1e-4;
    public const double Upper = 0.9999;
    public const double PhiLower = 0.8;
    public const double PhiUpper = 0.98;

    /// <summary>
    /// Initial parameters as R's initparam: α small for seasonal models (0.2/m of its range), β a tenth of α,
    /// γ 5% of its range, φ near its upper bound.
    /// </summary>
    public static EtsParameters Parameters(EtsModel model, int seasonLength)
    {
        var m = model.Season == EtsSeason.None ? 1 : seasonLength;
        var alpha = Lower + (0.2 * (Upper - Lower) / m);
        var beta = Lower + (0.1 * (alpha - Lower));
        var gamma = Lower + (0.05 * (Math.Min(Upper, 1 - alpha) - Lower));
        var phi = PhiLower + (0.99 * (PhiUpper - PhiLower));
        return new EtsParameters(alpha, beta, gamma, phi);
    }

    /// <summary>
    /// Initial level, trend and seasonal states from (scaled) data <paramref name="y"/>, as R's initstate: seasonal
    /// figures from a classical decomposition (three or more seasons) or around a straight line (fewer), then level
    /// and trend from a regression on the first max(10, 2m) seasonally adjusted values. The seasonal states are
    /// indexed by position in the cycle; they sum to 0 (additive) or m (multiplicative).
    /// </summary>
    public static EtsState State(EtsModel model, ReadOnlySpan<double> y, int seasonLength)
    {
        var seasonal = model.Season != EtsSeason.None;
        var multiplicative = model.Season == EtsSeason.Multiplicative;
        var m = seasonal ? seasonLength : 1;
        var state = new EtsState(m);
        var adjusted = y.ToArray();
        if (seasonal)
        {
            var figures = y.Length >= 3 * m
                ? ClassicalDecomposition.SeasonalFigures(y, m, multiplicative)
                : ClassicalDecomposition.SeasonalFiguresAroundLine(y, m, multiplicative);
            for (var k = 0; k < m; k++)
            {
                // Keep seasonal factors away from zero: the recursion divides by them (R does the same).
                state.Season[k] = multiplicative ? Math.Max(figures[k], 1e-2) : figures[k];
            }

            if (multiplicative)
            {
                var sum = state.Season.Sum();
                for (var k = 0; k < m; k++)
                {
                    state.Season[k] *= m / sum;
                }
            }

            for (var t = 0; t < adjusted.Length; t++)
            {
                adjusted[t] = multiplicative ? adjusted[t] / state.Season[t % m] : adjusted[t] - state.Season[t % m];
            }
        }

        var window = Math.Min(Math.Max(10, 2 * m), adjusted.Length);
        while (window < adjusted.Length && CountObserved(adjusted, window) < 2)
        {
            window++;
        }

        if (model.Trend == EtsTrend.None)
        {
            state.Level = MeanObserved(adjusted, window);
            return state;
        }

        var line = LinearTrend.Fit(adjusted, window, 1) ?? new LinearTrend(MeanObserved(adjusted, window), 0);
        state.Level = line.Intercept;
        state.Trend = line.Slope;

        // A multiplicative-error model divides by l + b; keep it off zero (R perturbs the same way).
        if (Math.Abs(state.Level + state.Trend) < 1e-8)
        {
            state.Level *= 1 + 1e-3;
            state.Trend *= 1 - 1e-3;
        }

        return state;
    }

    private static int CountObserved(double[] y, int count)
    {
        var observed = 0;
        for (var t = 0; t < count; t++)
        {
            if (!double.IsNaN(y[t]))
            {
                observed++;
            }
        }

        return observed;
    }

    private static double MeanObserved(double[] y, int count)
    {
        double sum = 0;
        var n = 0;
        for (var t = 0; t < count; t++)
        {
            if (!double.IsNaN(y[t]))
            {
                sum += y[t];
                n++;
            }
        }

        return n > 0 ? sum / n : 0;
    }
}
