namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// Seasonal figures of a classical decomposition (R's <c>decompose</c>): a centred moving average of one season as
/// the trend, then per position in the cycle the mean of the detrended values, normalised to mean 0 (additive) or
/// 1 (multiplicative). Positions are counted from the first step of the series.
/// </summary>
internal static class ClassicalDecomposition
{
    /// <summary>
    /// The m seasonal figures (index = position in the cycle). Missing values stay out of the moving average and the
    /// means; a position with no detrended value at all gets the neutral figure (0 or 1).
    /// </summary>
    public static double[] SeasonalFigures(ReadOnlySpan<double> y, int m, bool multiplicative)
    {
        var n = y.Length;
        var sums = new double[m];
        var counts = new int[m];

        // Even m: the 2×m moving average (half weights at both ends) centres the window on a step.
        var half = m / 2;
        var even = m % 2 == 0;
        for (var t = half; t + half < n; t++)
        {
            if (double.IsNaN(y[t]))
            {
                continue;
            }

            var sum = 0.0;
            var complete = true;
            for (var k = -half; k <= half; k++)
            {
                var v = y[t + k];
                if (double.IsNaN(v))
                {
                    complete = false;
                    break;
                }

                sum += even && Math.Abs(k) == half ? v / 2 : v;
            }

            if (!complete)
            {
                continue;
            }

            var trend = sum / m;
            if (multiplicative && !(trend > 0))
            {
                continue;
            }

            sums[t % m] += multiplicative ? y[t] / trend : y[t] - trend;
            counts[t % m]++;
        }

        return Normalise(sums, counts, multiplicative);
    }

    /// <summary>
    /// For series shorter than three seasons, where a moving average leaves too little (R's ets uses a Fourier fit
    /// here): detrend by a straight line instead and average per position.
    /// </summary>
    public static double[] SeasonalFiguresAroundLine(ReadOnlySpan<double> y, int m, bool multiplicative)
    {
        var line = LinearTrend.Fit(y, y.Length, 1) ?? new LinearTrend(0, 0);
        var sums = new double[m];
        var counts = new int[m];
        for (var t = 0; t < y.Length; t++)
        {
            if (double.IsNaN(y[t]))
            {
                continue;
            }

            var trend = line.Intercept + (line.Slope * (t + 1));
            if (multiplicative && !(trend > 0))
            {
                continue;
            }

            sums[t % m] += multiplicative ? y[t] / trend : y[t] - trend;
            counts[t % m]++;
        }

        return Normalise(sums, counts, multiplicative);
    }

    private static double[] Normalise(double[] sums, int[] counts, bool multiplicative)
    {
        var m = sums.Length;
        var figures = new double[m];
        var neutral = multiplicative ? 1.0 : 0.0;
        for (var k = 0; k < m; k++)
        {
            figures[k] = counts[k] > 0 ? sums[k] / counts[k] : neutral;
        }

        var mean = figures.Average();
        for (var k = 0; k < m; k++)
        {
            figures[k] = multiplicative ? (mean > 0 ? figures[k] / mean : 1.0) : figures[k] - mean;
        }

        return figures;
    }
}
