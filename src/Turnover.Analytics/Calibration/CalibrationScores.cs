namespace Turnover.Analytics.Calibration;

/// <summary>The arithmetic of a probability backtest: Brier scores, a reliability table, interval coverage.</summary>
public static class CalibrationScores
{
    /// <summary>Mean of (p − o)², o 1 when the event happened and 0 when not; NaN for no cases.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null.</exception>
    public static double Brier(IEnumerable<(double Stated, bool Happened)> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var (sum, count) = (0.0, 0);
        foreach (var (p, happened) in cases)
        {
            var error = p - (happened ? 1 : 0);
            sum += error * error;
            count++;
        }

        return count == 0 ? double.NaN : sum / count;
    }

    /// <summary>
    /// The in-sample base-rate baseline: each target is given the share met among the targets of the same growth
    /// and horizon in <paramref name="cases"/>, and those probabilities are scored.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null.</exception>
    public static double BaseRateBrier(IReadOnlyCollection<TargetCase> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var rates = cases.GroupBy(c => (c.Horizon, c.GrowthPercent)).ToDictionary(g => g.Key, g => g.Average(c => c.Met ? 1.0 : 0.0));
        return Brier(cases.Select(c => (rates[(c.Horizon, c.GrowthPercent)], c.Met)));
    }

    /// <summary>
    /// Cases by stated probability in <paramref name="bins"/> equal bins over 0–1 (a probability of exactly 1 in the
    /// last): per bin the count, the mean stated probability and the share that happened. Every bin is listed.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is not positive.</exception>
    public static IReadOnlyList<ReliabilityBin> Reliability(IEnumerable<(double Stated, bool Happened)> cases, int bins = 10)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bins);
        var count = new int[bins];
        var stated = new double[bins];
        var happened = new int[bins];
        foreach (var (p, h) in cases)
        {
            var bin = Math.Clamp((int)Math.Floor(p * bins), 0, bins - 1);
            count[bin]++;
            stated[bin] += p;
            happened[bin] += h ? 1 : 0;
        }

        return [.. Enumerable.Range(0, bins).Select(b => new ReliabilityBin(
            (double)b / bins,
            (double)(b + 1) / bins,
            count[b],
            count[b] == 0 ? double.NaN : stated[b] / count[b],
            count[b] == 0 ? double.NaN : (double)happened[b] / count[b]))];
    }

    /// <summary>The share of true values; NaN for none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="inside"/> is null.</exception>
    public static double Coverage(IEnumerable<bool> inside)
    {
        ArgumentNullException.ThrowIfNull(inside);
        var (hits, count) = (0, 0);
        foreach (var i in inside)
        {
            hits += i ? 1 : 0;
            count++;
        }

        return count == 0 ? double.NaN : (double)hits / count;
    }

    /// <summary>A method's scores over deadlines <paramref name="fromHorizon"/> to <paramref name="toHorizon"/> years ahead (inclusive).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is null.</exception>
    public static HorizonScores Score(TargetBacktestRun run, int fromHorizon, int toHorizon)
    {
        ArgumentNullException.ThrowIfNull(run);
        var targets = run.Targets.Where(c => c.Horizon >= fromHorizon && c.Horizon <= toHorizon).ToList();
        var years = run.Intervals.Where(c => c.Horizon >= fromHorizon && c.Horizon <= toHorizon).ToList();
        return new HorizonScores(
            fromHorizon,
            toHorizon,
            targets.Count,
            targets.Count == 0 ? double.NaN : targets.Average(c => c.Met ? 1.0 : 0.0),
            Brier(targets.Select(c => (c.Stated, c.Met))),
            Brier(targets.Select(c => (c.Climatology, c.Met))),
            BaseRateBrier(targets),
            years.Count,
            Coverage(years.Select(y => y.Inside80)),
            Coverage(years.Select(y => y.Inside95)));
    }

    /// <summary>
    /// The month-to-month |change| of the stated probabilities over deadlines <paramref name="fromHorizon"/> to
    /// <paramref name="toHorizon"/> years after the origin, counting only ordinary new months (inside the previous
    /// forecast's 80% interval); a probability that could not be stated (NaN) is left out.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is null.</exception>
    public static StabilityScores Stability(TargetBacktestRun run, int fromHorizon, int toHorizon)
    {
        ArgumentNullException.ThrowIfNull(run);
        var cases = run.Stability.Where(c => c.Horizon >= fromHorizon && c.Horizon <= toHorizon).ToList();
        var stated = cases.Where(c => double.IsFinite(c.Before) && double.IsFinite(c.After)).ToList();
        var ordinary = stated.Where(c => c.Ordinary).ToList();
        var changes = ordinary.Select(c => c.ChangePoints).Order().ToArray();
        return new StabilityScores(
            fromHorizon,
            toHorizon,
            changes.Length,
            ordinary.Select(c => (c.Series, c.OriginYear, c.NewStep)).Distinct().Count(),
            cases.Where(c => !c.Ordinary).Select(c => (c.Series, c.OriginYear, c.NewStep)).Distinct().Count(),
            changes.Length == 0 ? double.NaN : Quantile(changes, 0.5),
            changes.Length == 0 ? double.NaN : changes.Average(),
            changes.Length == 0 ? double.NaN : Quantile(changes, 0.9),
            changes.Length == 0 ? double.NaN : changes[^1],
            stated.Count == 0 ? double.NaN : stated.Average(c => c.ChangePoints));
    }

    /// <summary>The <paramref name="p"/>-quantile of sorted values, interpolated linearly between order statistics (R's type 7).</summary>
    internal static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        // On an order statistic exactly, that one (an infinite neighbour must not turn it into NaN).
        return lo + 1 < sorted.Length && h > lo ? sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo])) : sorted[lo];
    }
}
