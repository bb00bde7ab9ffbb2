using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Calibration;

/// <summary>
/// Restates a target backtest with a correction learnt across series, out of sample: at each origin of each series,
/// the correction is learnt only from the other series' cases whose outcome was known by that origin
/// (<see cref="CrossSeriesHistory"/>), then applied to that origin's probabilities (and, for width and centre
/// corrections, to its annual intervals, read off the same paths). A method's own miscalibration on a series cannot be seen by its
/// own past when it is shared by every series; pooled over many series, it can.
/// </summary>
public static class CrossCalibration
{
    private const double ZPerRatio = 1.2816; // the 90th percentile of a standard normal: z of an 80% bound
    private const double MaxZ = 4;
    private const double PriorSums = 4;
    private const double MinFactor = 0.5;
    private const double MaxFactor = 4;

    /// <summary>
    /// <paramref name="run"/> restated by <paramref name="correction"/> and named <paramref name="name"/>. Width and
    /// centre corrections need the origins' paths (<see cref="TargetBacktestOptions.KeepPaths"/>).
    /// </summary>
    /// <param name="run">Every series' cases of one method, pooled.</param>
    /// <param name="correction">What is learnt and how it is applied.</param>
    /// <param name="kind">Null: learn from every other series; else only from series of the same kind.</param>
    /// <param name="name">The restated run's method name.</param>
    /// <param name="windowYears">When not null, learn only from outcomes decided in the last this many years (<see cref="CrossSeriesHistory.WindowYears"/>).</param>
    /// <param name="includingLater">A diagnostic only: learn also from outcomes decided after each origin (<see cref="CrossSeriesHistory.IncludingLater"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A width or centre correction and an origin without kept paths.</exception>
    public static TargetBacktestRun Apply(TargetBacktestRun run, CrossCorrection correction, Func<string, string>? kind, string name, int? windowYears = null, bool includingLater = false)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(name);
        var targets = run.Targets.ToLookup(c => (c.Series, c.OriginYear));
        var intervals = run.Intervals.ToLookup(c => (c.Series, c.OriginYear));
        var paths = run.Paths.ToDictionary(p => (p.Series, p.OriginYear));
        var restatedTargets = new List<TargetCase>(run.Targets.Count);
        var restatedIntervals = new List<AnnualIntervalCase>(run.Intervals.Count);
        foreach (var (series, origin) in run.Origins.SelectMany(o => o.Years.Select(y => (o.Series, y))))
        {
            var history = new CrossSeriesHistory(series, origin, kind) { IncludingLater = includingLater, WindowYears = windowYears };
            var own = targets[(series, origin)].ToList();
            var years = intervals[(series, origin)].ToList();
            if (correction is CrossCorrection.Logistic or CrossCorrection.Binned)
            {
                var maps = Maps(history.Targets(run.Targets), correction);
                restatedTargets.AddRange(own.Select(c => c with { Stated = maps[Band(c.Horizon)](c.Stated) }));
                restatedIntervals.AddRange(years);
                continue;
            }

            if (!paths.TryGetValue((series, origin), out var kept))
            {
                throw new ArgumentException($"{series}, origin {origin}: no kept paths; a width or centre correction restates the paths (TargetBacktestOptions.KeepPaths).", nameof(run));
            }

            var known = history.Intervals(run.Intervals).ToList();
            var count = kept.YearTotals.Count;
            var centres = correction is CrossCorrection.Centre or CrossCorrection.CentreAndWidths ? Centres(known, count) : new double[count];
            var (upper, lower) = correction == CrossCorrection.Centre ? (Ones(count), Ones(count)) : Factors(known, count, correction);
            restatedTargets.AddRange(Restate(own, kept, upper, lower, centres));
            restatedIntervals.AddRange(years.Select(y => y with { Fan = Scaled(y.Fan, upper[y.Horizon - 1], lower[y.Horizon - 1], centres[y.Horizon - 1]) }));
        }

        return new TargetBacktestRun(name, run.Origins, restatedTargets, restatedIntervals);
    }

    /// <summary>
    /// The width factors per year ahead (index 0 = one year) learnt from <paramref name="known"/>: upper and lower
    /// tails alike except for <see cref="CrossCorrection.WidthsBySide"/>. Where nothing is known at a lead, the mean-z²
    /// factors stay at the lead before's (1 for the first) and the quantile factor is 1. For
    /// <see cref="CrossCorrection.CentreAndWidths"/>, the <see cref="CrossCorrection.Widths"/> factors with each z taken
    /// around the median moved by <see cref="Centres"/> of the same cases.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="known"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="correction"/> is not a width correction.</exception>
    public static (double[] Upper, double[] Lower) Factors(IReadOnlyList<AnnualIntervalCase> known, int years, CrossCorrection correction)
    {
        ArgumentNullException.ThrowIfNull(known);
        var upper = new double[years];
        var lower = new double[years];
        var (previousUpper, previousLower) = (1.0, 1.0);
        var centres = correction == CrossCorrection.CentreAndWidths ? Centres(known, years) : new double[years];
        for (var k = 1; k <= years; k++)
        {
            var atLead = known.Where(c => c.Horizon == k).ToList();
            switch (correction)
            {
                case CrossCorrection.WidthQuantiles:
                    var f = WidthFactors.Estimate(atLead);
                    upper[k - 1] = lower[k - 1] = double.IsFinite(f) ? Math.Clamp(f, MinFactor, MaxFactor) : 1;
                    break;
                case CrossCorrection.WidthsBySide:
                    upper[k - 1] = previousUpper = Shrunk(atLead.Where(c => c.ActualUsd >= c.Fan.Median), previousUpper, 0);
                    lower[k - 1] = previousLower = Shrunk(atLead.Where(c => c.ActualUsd <= c.Fan.Median), previousLower, 0);
                    break;
                case CrossCorrection.Widths or CrossCorrection.CentreAndWidths:
                    upper[k - 1] = lower[k - 1] = previousUpper = Shrunk(atLead, previousUpper, centres[k - 1]);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(correction), correction, "not a width correction");
            }
        }

        return (upper, lower);
    }

    /// <summary>
    /// Per year ahead (index 0 = one year), the log shift bₖ = (4 bₖ₋₁ + Σ e) / (4 + n), b₀ = 0, learnt from
    /// <paramref name="known"/>: e = ln(actual / median) held within 4 units of z, one unit ln(bound / median) / 1.2816
    /// with the 80% bound on the error's side (the held-out centre's rule, <c>OwnWeightMixtureForecaster.HeldOutCentre</c>).
    /// A total whose interval gives no scale (a bound at or beyond the median, a bound or the actual not above zero) is
    /// not counted; where nothing is known at a lead, the lead before's shift stays.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="known"/> is null.</exception>
    public static double[] Centres(IReadOnlyList<AnnualIntervalCase> known, int years)
    {
        ArgumentNullException.ThrowIfNull(known);
        var centres = new double[years];
        var previous = 0.0;
        for (var k = 1; k <= years; k++)
        {
            var (sum, n) = (0.0, 0);
            foreach (var error in known.Where(c => c.Horizon == k).Select(LogError).OfType<double>())
            {
                sum += error;
                n++;
            }

            centres[k - 1] = previous = ((PriorSums * previous) + sum) / (PriorSums + n);
        }

        return centres;
    }

    /// <summary>ln(actual / median) held within ±4 units of z on its side; null when the interval gives no scale.</summary>
    private static double? LogError(AnnualIntervalCase c)
    {
        var (actual, median, lower, upper) = ((double)c.ActualUsd, (double)c.Fan.Median, (double)c.Fan.Lower80, (double)c.Fan.Upper80);
        if (!(actual > 0) || !(median > 0) || !(lower > 0) || !(lower < median) || !(upper > median))
        {
            return null;
        }

        var error = Math.Log(actual / median);
        var unit = (error > 0 ? Math.Log(upper / median) : Math.Log(median / lower)) / ZPerRatio;
        return double.IsFinite(error) && double.IsFinite(unit) ? Math.Clamp(error, -MaxZ * unit, MaxZ * unit) : null;
    }

    private static double[] Ones(int years) => [.. Enumerable.Repeat(1.0, years)];

    /// <summary>
    /// √((4 f²ₖ₋₁ + Σ z²) / (4 + n)) within 0.5–4: the mean z² shrunk towards the year before's factor, each z taken
    /// around the median moved by e^<paramref name="centre"/> (its bounds moved with it).
    /// </summary>
    private static double Shrunk(IEnumerable<AnnualIntervalCase> cases, double previous, double centre)
    {
        var (sum, n) = (0.0, 0);
        var shift = (decimal)Math.Exp(centre);
        foreach (var c in cases)
        {
            var z = Math.Min(MaxZ, ZPerRatio * WidthFactors.Ratio(c.ActualUsd, c.Fan.Median * shift, c.Fan.Lower80 * shift, c.Fan.Upper80 * shift));
            sum += z * z;
            n++;
        }

        return Math.Clamp(Math.Sqrt(((PriorSums * previous * previous) + sum) / (PriorSums + n)), MinFactor, MaxFactor);
    }

    /// <summary>Each target's probability read off the origin's year totals scaled around each year's median, then multiplied by e^bₖ.</summary>
    private static IEnumerable<TargetCase> Restate(IReadOnlyList<TargetCase> cases, OriginPaths kept, double[] upper, double[] lower, double[] centres)
    {
        var years = kept.YearTotals.Count;
        var count = kept.YearTotals[0].Length;
        // Per path, the highest scaled year total from the first year to each year: a target k years ahead is met on
        // the path when that maximum reaches it (its months are not negative, so the year-to-date is highest in December).
        var highest = new double[years][];
        for (var k = 0; k < years; k++)
        {
            var totals = kept.YearTotals[k];
            var median = Forecast.OfSorted([.. totals.Order()], 0.5);
            var shift = Math.Exp(centres[k]);
            highest[k] = new double[count];
            for (var i = 0; i < count; i++)
            {
                var scaled = Scale(totals[i], median, upper[k], lower[k]) * shift;
                highest[k][i] = k == 0 ? scaled : Math.Max(highest[k - 1][i], scaled);
            }
        }

        foreach (var c in cases)
        {
            if (double.IsNaN(c.Stated) || c.Horizon > years)
            {
                yield return c;
                continue;
            }

            var amount = (double)c.AmountUsd;
            yield return c with { Stated = (double)highest[c.Horizon - 1].Count(v => v >= amount) / count };
        }
    }

    /// <summary>median × (value / median)^f, f the tail's factor; zero, and anything when the median is not positive, stay.</summary>
    internal static double Scale(double value, double median, double upper, double lower) =>
        value <= 0 || median <= 0 ? value : median * Math.Pow(value / median, value >= median ? upper : lower);

    /// <summary>The fan's bounds scaled around its median, then every figure (the median too) multiplied by e^<paramref name="centre"/>.</summary>
    private static FanStep Scaled(FanStep fan, double upper, double lower, double centre)
    {
        var median = (double)fan.Median;
        var shift = Math.Exp(centre);
        decimal Bound(decimal b) => (decimal)(Scale((double)b, median, upper, lower) * shift);
        var moved = centre == 0 ? fan.Median : (decimal)(median * shift);
        return fan with { Lower95 = Bound(fan.Lower95), Lower80 = Bound(fan.Lower80), Median = moved, Upper80 = Bound(fan.Upper80), Upper95 = Bound(fan.Upper95) };
    }

    /// <summary>One probability map per band of deadlines, each learnt from the band's known cases.</summary>
    private static Func<double, double>[] Maps(IEnumerable<TargetCase> known, CrossCorrection correction)
    {
        var byBand = known.ToLookup(c => Band(c.Horizon), c => (c.Stated, c.Met));
        return [.. Enumerable.Range(0, 3).Select(band => correction == CrossCorrection.Logistic
            ? (Func<double, double>)LogisticRecalibration.Fit(byBand[band]).Apply
            : BinnedRecalibration.Fit(byBand[band]).Apply)];
    }

    /// <summary>0 for a deadline one year ahead, 1 for two or three, 2 beyond.</summary>
    private static int Band(int horizon) => horizon <= 1 ? 0 : horizon <= 3 ? 1 : 2;
}
