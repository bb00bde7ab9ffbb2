namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// The interval score of Gneiting and Raftery (2007) on the logarithm of a year's sum, the 80% and the 95% interval
/// added: each interval's width plus 2/α times how far outside it the actual fell, so a narrow interval that holds
/// wins and one that misses pays for it. Lower is better.
/// </summary>
internal static class LogIntervalScore
{
    private static readonly double[] s_alphas = [0.2, 0.05];

    /// <summary>
    /// The score of <paramref name="actual"/> (above zero) against the distribution whose quantiles
    /// <paramref name="quantile"/> gives. A bound at or near zero (paths clamped at zero) counts as a thousandth of the
    /// actual: a very wide interval, not an infinite one.
    /// </summary>
    public static double Of(Func<double, double> quantile, double actual)
    {
        var floor = actual / 1000;
        var y = Math.Log(actual);
        double total = 0;
        foreach (var alpha in s_alphas)
        {
            var l = Math.Log(Math.Max(quantile(alpha / 2), floor));
            var u = Math.Log(Math.Max(quantile(1 - (alpha / 2)), floor));
            total += (u - l) + ((2 / alpha) * Math.Max(l - y, 0)) + ((2 / alpha) * Math.Max(y - u, 0));
        }

        return total;
    }
}
