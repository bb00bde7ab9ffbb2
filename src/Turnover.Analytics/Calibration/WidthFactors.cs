namespace Turnover.Analytics.Calibration;

/// <summary>
/// How much a method's annual intervals would have to be scaled for the actual totals to fall inside them as often
/// as they claim: the factor <see cref="Forecasting.WidenedForecaster"/> takes. Measured on a backtest's cases, it is
/// in sample for that backtest; it may only be applied to series or origins the cases do not include.
/// </summary>
public static class WidthFactors
{
    /// <summary>
    /// The factor for <paramref name="cases"/>: the geometric mean of the 80th percentile of the actuals' ratios to
    /// the 80% interval and the 95th percentile of their ratios to the 95% interval (see <see cref="Ratio"/>): the
    /// first alone would put the 80% coverage on 80%, the second the 95% coverage on 95%. NaN without cases or when a
    /// degenerate interval (a bound equal to the median) leaves the factor unbounded.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null.</exception>
    public static double Estimate(IEnumerable<AnnualIntervalCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var list = cases.ToList();
        if (list.Count == 0)
        {
            return double.NaN;
        }

        var r80 = list.Select(c => Ratio(c.ActualUsd, c.Fan.Median, c.Fan.Lower80, c.Fan.Upper80)).Order().ToArray();
        var r95 = list.Select(c => Ratio(c.ActualUsd, c.Fan.Median, c.Fan.Lower95, c.Fan.Upper95)).Order().ToArray();
        var factor = Math.Sqrt(CalibrationScores.Quantile(r80, 0.80) * CalibrationScores.Quantile(r95, 0.95));
        return double.IsFinite(factor) ? factor : double.NaN;
    }

    /// <summary>The factor for the annual totals of <paramref name="run"/> <paramref name="fromHorizon"/> to <paramref name="toHorizon"/> years after their origins.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is null.</exception>
    public static double Estimate(TargetBacktestRun run, int fromHorizon, int toHorizon)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Estimate(run.Intervals.Where(c => c.Horizon >= fromHorizon && c.Horizon <= toHorizon));
    }

    /// <summary>
    /// Where the actual lies against an interval, in log terms from the median: ln(actual / median) over ln(bound /
    /// median) with the bound on the actual's side; at most 1 inside, above 1 outside, and the interval scaled by
    /// a factor f (as <see cref="Forecasting.WidenedForecaster"/> scales paths) holds it when the ratio is at most f.
    /// 0 for an actual at the median or below a lower bound of zero (no scaling moves zero); +∞ for an actual beyond
    /// a bound equal to the median.
    /// </summary>
    public static double Ratio(decimal actual, decimal median, decimal lower, decimal upper)
    {
        if (actual == median || median <= 0 || actual <= 0)
        {
            return actual == median ? 0 : double.PositiveInfinity;
        }

        var bound = actual > median ? upper : lower;
        if (bound <= 0)
        {
            return 0;
        }

        var spread = Math.Log((double)bound / (double)median);
        return spread == 0 ? double.PositiveInfinity : Math.Log((double)actual / (double)median) / spread;
    }
}
