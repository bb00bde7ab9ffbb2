namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// The seasonality test of R's thetaf: the autocorrelation at lag m is significant at 90% (one-sided 95%) against
/// Bartlett's standard error from the lower lags. Missing values are left out of the sums.
/// </summary>
internal static class SeasonalityTest
{
    private const double Critical = 1.6448536269514722; // standard normal 95% quantile

    public static bool IsSeasonal(ReadOnlySpan<double> y, int m)
    {
        var n = y.Length;
        if (m < 2 || n <= 2 * m)
        {
            return false;
        }

        double sum = 0;
        var count = 0;
        foreach (var v in y)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        var mean = sum / count;
        double variance = 0;
        foreach (var v in y)
        {
            if (!double.IsNaN(v))
            {
                variance += (v - mean) * (v - mean);
            }
        }

        if (!(variance > 0))
        {
            return false;
        }

        double lowerLags = 0;
        var atSeason = 0.0;
        for (var k = 1; k <= m; k++)
        {
            double covariance = 0;
            for (var t = 0; t + k < n; t++)
            {
                if (!double.IsNaN(y[t]) && !double.IsNaN(y[t + k]))
                {
                    covariance += (y[t] - mean) * (y[t + k] - mean);
                }
            }

            var r = covariance / variance;
            if (k < m)
            {
                lowerLags += r * r;
            }
            else
            {
                atSeason = r;
            }
        }

        var standardError = Math.Sqrt((1 + (2 * lowerLags)) / n);
        return Math.Abs(atSeason) / standardError > Critical;
    }
}
