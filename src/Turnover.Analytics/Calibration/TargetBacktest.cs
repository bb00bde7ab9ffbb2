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
        var origins = new List<int>();
        foreach (var origin in annual.Keys.Order())
        {
            var years = Math.Min(options.Years, KnownYearsAfter(annual, origin));
            var training = Through(monthly, origin);
            if (years == 0 || MonthlySteps.Build(training, measure) is not { } steps || steps.Series.ObservedCount < options.MinObservations)
            {
                continue;
            }

            var months = MonthCoverage.Build(training, measure);
            var forecast = forecaster.Forecast(steps.Series, steps.StepsUntilEndOf(origin + years), options.Forecast);
            origins.Add(origin);
            foreach (var fan in ForecastFan.Years(steps, forecast, null).Where(f => f.Period.Year > origin))
            {
                intervals.Add(new AnnualIntervalCase(label, origin, fan.Period.Year - origin, annual[fan.Period.Year], fan));
            }

            for (var k = 1; k <= years; k++)
            {
                foreach (var g in options.GrowthPercents)
                {
                    var amount = Math.Round(annual[origin] * (decimal)Math.Pow(1 + (g / 100), k), 0);
                    var target = Posed(monthly, measure, amount, origin, k);
                    var stated = TargetModel.Outlook(target, steps, months, forecast)?.Probability ?? double.NaN;
                    var met = new Achievement(target, actual.YearToDate).FirstCrossing(origin + k) is not null;
                    targets.Add(new TargetCase(label, origin, k, g, amount, stated, Climatology(annual, origin, k, g), met));
                }
            }
        }

        return new TargetBacktestRun(forecaster.Name, [new SeriesOrigins(label, origins)], targets, intervals);
    }

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

    /// <summary>The series as it stood with December of <paramref name="year"/> as its last month.</summary>
    private static PairSeries Through(PairSeries monthly, int year) => monthly with
    {
        Values = [.. monthly.Values.Where(v => v.Period.Year <= year)],
        PublishedYearToDate = [.. monthly.PublishedYearToDate.Where(v => v.Period.Year <= year)],
        Summed = [],
        Converted = [],
        PublishedRates = [],
    };

    /// <summary>The annual-value target "some year from origin+1 to origin+k reaches the amount".</summary>
    private static Target Posed(PairSeries monthly, Measure measure, decimal amount, int origin, int k) => new(
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
}
