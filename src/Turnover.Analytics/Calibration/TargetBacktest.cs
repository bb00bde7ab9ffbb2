using Turnover.Analytics.Forecasting;
using Turnover.Analytics.Targets;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Analytics.Calibration;

/// <summary>
/// Rolling-origin backtest of target probabilities. At every December whose full year is known (origin year Y),
/// the model is fitted on the figures through Y (months and published year-to-date alike), simulated once to the
/// longest deadline, and asked, for every horizon k and growth g, the probability that some year from Y+1 to Y+k
/// reaches total(Y) × (1+g)^k: the annual-value target the target check judges, read off the paths by the same
/// code. The outcome comes from the actual annual totals; the forecast annual totals give interval coverage.
/// </summary>
/// <remarks>
/// The series is the latest stored one, truncated at the origin: revisions published later are seen (no vintages).
/// The baseline, <see cref="TargetCase.Climatology"/>, is the frequency with which the same target (same g, same k)
/// posed at each earlier December of the training years was met by a deadline also inside them, shrunk as
/// (met + ½) / (posed + 1), so it is ½ where history holds no such case: what someone knowing only the past base
/// rate would have said.
/// </remarks>
public static class TargetBacktest
{
    /// <summary>Poses the targets at every usable origin of <paramref name="monthly"/> for <paramref name="forecaster"/>.</summary>
    /// <param name="monthly">A monthly series (with published year-to-date figures) as the store gives it.</param>
    /// <param name="measure">Turnover, exports or imports.</param>
    /// <param name="label">How the cases name the series, e.g. "KOR:CHN turnover".</param>
    /// <param name="forecaster">The method.</param>
    /// <param name="options">Horizons, growth rates, the minimum training length, paths and seed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="TargetBacktestOptions.Years"/> is not positive.</exception>
    public static TargetBacktestRun Run(PairSeries monthly, Measure measure, string label, IForecaster forecaster, TargetBacktestOptions options)
    {
        ArgumentNullException.ThrowIfNull(monthly);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(forecaster);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Years);
        var actual = MonthCoverage.Build(monthly, measure);
        var annual = AnnualTotals(actual, monthly);
        var targets = new List<TargetCase>();
        var intervals = new List<AnnualIntervalCase>();
        var stability = new List<StabilityCase>();
        var origins = new List<int>();
        var paths = new List<OriginPaths>();
        // History starts with the first month of trade: a line zero-filled before its supplier started has no history there.
        var firstYear = monthly.Values.Where(v => v.Get(measure) > 0).Select(v => v.Period.Year).DefaultIfEmpty().Min();
        foreach (var origin in annual.Keys.Order())
        {
            var years = Math.Min(options.Years, KnownYearsAfter(annual, origin));
            var training = Through(monthly, Period.Month(origin, 12));
            if (years == 0 || MonthlySteps.Build(training, measure, options.LunarNewYear) is not { } steps || steps.Series.ObservedCount < options.MinObservations)
            {
                continue;
            }

            var forecast = forecaster.Forecast(steps.Series, steps.StepsUntilEndOf(origin + years), options.Forecast);
            origins.Add(origin);
            foreach (var fan in ForecastFan.Years(steps, forecast, null).Where(f => f.Period.Year > origin))
            {
                intervals.Add(new AnnualIntervalCase(label, origin, fan.Period.Year - origin, annual[fan.Period.Year], fan) { HistoryYears = origin - firstYear + 1 });
            }

            if (options.KeepPaths)
            {
                paths.Add(new OriginPaths(label, origin, YearTotals(steps, forecast, origin, years)));
            }

            var posed = Pose(monthly, measure, annual, origin, years, options.GrowthPercents);
            var stated = State(posed, steps, MonthCoverage.Build(training, measure), forecast);
            foreach (var (p, (k, g, amount, target)) in stated.Zip(posed))
            {
                var met = new Achievement(target, actual.YearToDate).FirstCrossing(origin + k) is not null;
                targets.Add(new TargetCase(label, origin, k, g, amount, p, Climatology(annual, origin, k, g), met) { HistoryYears = origin - firstYear + 1 });
            }

            if (options.Stability)
            {
                stability.AddRange(Stability(monthly, measure, label, forecaster, options, origin, years, posed, (steps, forecast, stated)));
            }
        }

        return new TargetBacktestRun(forecaster.Name, [new SeriesOrigins(label, origins)], targets, intervals) { Stability = stability, Paths = paths };
    }

    /// <summary>
    /// Every path's total of each year after <paramref name="origin"/>, summed as <see cref="ForecastFan.Years"/> sums
    /// them (a December origin leaves no observed part of those years), so their quantiles are the fan's.
    /// </summary>
    private static double[][] YearTotals(MonthlySteps steps, Forecast forecast, int origin, int years)
    {
        var future = steps.Future(forecast.Mean.Count);
        var totals = new double[years][];
        for (var k = 0; k < years; k++)
        {
            var year = origin + 1 + k;
            var months = future.Select((p, h) => (p, h)).Where(x => x.p.Year == year).ToList();
            totals[k] = [.. forecast.Paths.Select(path => 0d + months.Sum(x => steps.Total(x.p, Math.Max(0, path[x.h]))))];
        }

        return totals;
    }

    /// <summary>
    /// Refits after every observed step of the year after <paramref name="origin"/> (through November: December ends
    /// the year the next origin starts from) and compares each target's probability with the one stated a step
    /// earlier. Only a step that follows the previous one directly is compared (a gap brings several months at once).
    /// </summary>
    private static IEnumerable<StabilityCase> Stability(
        PairSeries monthly, Measure measure, string label, IForecaster forecaster, TargetBacktestOptions options, int origin, int years,
        IReadOnlyList<Posed> posed, (MonthlySteps Steps, Forecast Forecast, double[] Stated) previous)
    {
        var arrivals = monthly.Values.Where(v => v.Period.Year == origin + 1 && v.Period.EndMonth < 12 && v.Get(measure) is not null)
            .Select(v => v.Period).Order().ToList();
        foreach (var period in arrivals)
        {
            var training = Through(monthly, period);
            if (MonthlySteps.Build(training, measure, options.LunarNewYear) is not { } steps || steps.Periods[^1] != period)
            {
                continue; // a January of a source that publishes January–February combined: its step is not complete
            }

            var expected = previous.Steps.Future(1)[0];
            var forecast = forecaster.Forecast(steps.Series, steps.StepsUntilEndOf(origin + years), options.Forecast);
            var stated = State(posed, steps, MonthCoverage.Build(training, measure), forecast);
            if (expected == period)
            {
                var fan = ForecastFan.Steps(previous.Steps, previous.Forecast)[0];
                var value = (decimal)steps.Total(period, steps.Series.Values[^1]!.Value);
                var ordinary = value >= fan.Lower80 && value <= fan.Upper80;
                for (var i = 0; i < posed.Count; i++)
                {
                    yield return new StabilityCase(label, origin, posed[i].Horizon, posed[i].GrowthPercent, period, previous.Stated[i], stated[i], ordinary);
                }
            }

            previous = (steps, forecast, stated);
        }
    }

    /// <summary>Every target posed at <paramref name="origin"/>: horizons 1 to <paramref name="years"/>, each growth rate.</summary>
    private static List<Posed> Pose(PairSeries monthly, Measure measure, SortedDictionary<int, decimal> annual, int origin, int years, IReadOnlyList<double> growth)
    {
        var result = new List<Posed>();
        for (var k = 1; k <= years; k++)
        {
            foreach (var g in growth)
            {
                var amount = Math.Round(annual[origin] * (decimal)Math.Pow(1 + (g / 100), k), 0);
                result.Add(new Posed(k, g, amount, AnnualValueTarget(monthly, measure, amount, origin, k)));
            }
        }

        return result;
    }

    /// <summary>Each target's probability read off one forecast, as the target check reads it (NaN when it cannot).</summary>
    private static double[] State(IReadOnlyList<Posed> posed, MonthlySteps steps, MonthCoverage months, Forecast forecast) =>
        [.. posed.Select(p => TargetModel.Outlook(p.Target, steps, months, forecast)?.Probability ?? double.NaN)];

    /// <summary>Known full-year totals by year (published or summed from complete months).</summary>
    private static SortedDictionary<int, decimal> AnnualTotals(MonthCoverage coverage, PairSeries monthly)
    {
        var result = new SortedDictionary<int, decimal>();
        var periods = monthly.Values.Select(v => v.Period).Concat(monthly.PublishedYearToDate.Select(v => v.Period)).ToList();
        if (periods.Count == 0)
        {
            return result;
        }

        for (var year = periods.Min(p => p.Year); year <= periods.Max(p => p.Year); year++)
        {
            if (coverage.YearToDate(year, 12) is { } total && total > 0)
            {
                result[year] = total;
            }
        }

        return result;
    }

    /// <summary>How many consecutive years after <paramref name="origin"/> have a known total (the deadlines that can be judged).</summary>
    private static int KnownYearsAfter(SortedDictionary<int, decimal> annual, int origin)
    {
        var k = 0;
        while (annual.ContainsKey(origin + k + 1))
        {
            k++;
        }

        return k;
    }

    /// <summary>The series as it stood with <paramref name="last"/> as its last month.</summary>
    private static PairSeries Through(PairSeries monthly, Period last) => monthly with
    {
        Values = [.. monthly.Values.Where(v => Ends(v.Period, last))],
        PublishedYearToDate = [.. monthly.PublishedYearToDate.Where(v => Ends(v.Period, last))],
        Summed = [],
        FromMonths = [],
        Converted = [],
        PublishedRates = [],
    };

    private static bool Ends(Period period, Period last) => period.Year < last.Year || (period.Year == last.Year && period.EndMonth <= last.EndMonth);

    /// <summary>The annual-value target "some year from origin+1 to origin+k reaches the amount".</summary>
    private static Target AnnualValueTarget(PairSeries monthly, Measure measure, decimal amount, int origin, int k) => new(
        $"backtest-{origin}-{k}", monthly.Reporter, monthly.Partner, measure, amount, TargetBasis.AnnualValue, origin + 1, origin + k, null,
        "backtest", new DateOnly(origin, 12, 31), string.Empty, string.Empty);

    /// <summary>(met + ½) / (posed + 1) over the same target posed at each December of the training years whose deadline they include.</summary>
    private static double Climatology(SortedDictionary<int, decimal> annual, int origin, int k, double growthPercent)
    {
        var (posed, met) = (0, 0);
        foreach (var (year, total) in annual.Where(a => a.Key + k <= origin))
        {
            if (Enumerable.Range(year + 1, k).Any(y => !annual.ContainsKey(y)))
            {
                continue;
            }

            var amount = Math.Round(total * (decimal)Math.Pow(1 + (growthPercent / 100), k), 0);
            posed++;
            met += Enumerable.Range(year + 1, k).Any(y => annual[y] >= amount) ? 1 : 0;
        }

        return (met + 0.5) / (posed + 1);
    }

    /// <summary>One target posed at an origin.</summary>
    private sealed record Posed(int Horizon, double GrowthPercent, decimal Amount, Target Target);
}
