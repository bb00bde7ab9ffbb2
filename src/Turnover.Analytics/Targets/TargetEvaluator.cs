using Turnover.Analytics.Forecasting;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Analytics.Targets;

/// <summary>
/// Judges a target on one reporter's monthly series as published by a date: progress, what is still needed,
/// "at this rate" projections, the model's probability, and a verdict. Pure: the caller reads the series as of
/// the date from the store.
/// </summary>
public static class TargetEvaluator
{
    /// <summary>The reporter's measure that corresponds to the target's metric (mirror flows when the reporter is the second side).</summary>
    public static Measure MeasureFor(Target target, Country reporter)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Metric == Measure.Turnover || reporter == target.First ? target.Metric
            : target.Metric == Measure.Exports ? Measure.Imports : Measure.Exports;
    }

    /// <summary>Evaluates <paramref name="target"/> on <paramref name="monthly"/> (a monthly series with published year-to-date values).</summary>
    public static TargetReport Evaluate(Target target, PairSeries monthly, DateOnly asOf, IForecaster? forecaster, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(monthly);
        var measure = MeasureFor(target, monthly.Reporter);
        var months = MonthCoverage.Build(monthly, measure);
        if (Latest(monthly, months) is not var (year, month))
        {
            return NoData(target, asOf, new NoFiguresPublished(measure, monthly.Partner)) with
            {
                Reporter = monthly.Reporter,
                Source = monthly.Source,
            };
        }

        var achievement = new Achievement(target, months.YearToDate);
        var latestYear = LatestCompleteYear(months, year, month);
        var ytd = months.YearToDate(year, month) is { } y
            ? new DatedValue(Period.YearToDate(year, month), y, GrowthAnalysis.Percent(y, months.YearToDate(year - 1, month)))
            {
                PublishedGrowthPercent = monthly.PublishedRate(measure, Period.YearToDate(year, month)),
            }
            : null;
        var rolling = months.Rolling12(year, month) is { } r ? new DatedValue(Period.Month(year, month), r, GrowthAnalysis.Percent(r, months.Rolling12(year - 1, month))) : null;
        var (achieved, achievedThrough) = target.Basis != TargetBasis.AnnualValue ? (achievement.At(year, month), Period.Month(year, month))
            : rolling is not null ? (rolling.ValueUsd, rolling.Through)
            : latestYear is var (ay, av) ? (av, Period.OfYear(ay))
            : ((decimal?)null, (Period?)null);
        var met = achievement.FirstCrossing(year);
        var deadlineKnown = months.YearToDate(target.DeadlineYear, 12) is not null;
        // Once the target is met or its deadline year is complete the verdict is final: nothing left to project.
        var (projections, notMade) = met is null && !deadlineKnown
            ? AtThisRate.Project(target, monthly, measure, months, year, month)
            : ([], []);
        var (model, withheld) = met is null && !deadlineKnown && forecaster is not null && MonthlySteps.Build(monthly, measure) is { } steps
            ? TargetModel.Run(target, steps, months, forecaster, options)
            : (null, null);
        var verdict = Judge(target, met, deadlineKnown, projections, model);
        if (verdict != TargetVerdict.Met && !deadlineKnown && asOf > target.Deadline)
        {
            // Past the deadline without its figures: an extrapolation is not an outcome.
            verdict = TargetVerdict.Undetermined;
        }

        var outcome = met is var (metYear, metMonth) ? achievement.At(metYear, metMonth)
            : deadlineKnown ? achievement.At(target.DeadlineYear, 12)
            : null;
        var baseline = target.BaselineYear is { } b && months.YearToDate(b, 12) is { } bv ? (b, bv) : ((int, decimal)?)null;
        var staleMonths = StaleMonths(asOf, year, month, met is not null || deadlineKnown || asOf > target.Deadline);
        // The levels the report rests on, to name any its publisher's own rates contradict (SuspectLevels).
        var used = new List<Period?>
        {
            deadlineKnown ? Period.OfYear(target.DeadlineYear) : null,
            met is var (crossingYear, crossingMonth) ? Period.YearToDate(crossingYear, crossingMonth) : null,
            baseline is var (baselineYear, _) ? Period.OfYear(baselineYear) : null,
            latestYear is var (completeYear, _) ? Period.OfYear(completeYear) : null,
            ytd?.Through,
        };
        // A rolling projection's window is twelve summed months, no level of its own.
        used.AddRange(projections.SelectMany(p => p.Kind == ProjectionKind.Rolling12 ? [Period.OfYear(p.BaseYear)]
            : new Period?[] { Period.OfYear(p.BaseYear), p.Window, p.Kind == ProjectionKind.Cagr3 ? Period.OfYear(p.Window.Year - 3) : p.Window.PreviousYear() }));
        return new TargetReport(
            target, monthly.Reporter, monthly.Source, asOf, latestYear, ytd, rolling, baseline, achieved,
            // Unrounded: the JSON rounds to its 4 decimals, the table to 1; rounded here, 99.96 % read 100.0 while not met.
            achieved is { } a ? a / target.AmountUsd * 100m : null,
            RequiredGrowth(target, latestYear),
            met is var (my, mm) ? Period.Month(my, mm) : null,
            met is var (y2, m2) ? ((target.DeadlineYear * 12) + 12) - ((y2 * 12) + m2) : null,
            projections, model, Period.Month(year, month),
            verdict)
        {
            OutcomeUsd = outcome,
            ModelWithheld = withheld,
            AchievedThrough = achieved is null ? null : achievedThrough,
            ReachedAfterDeadline = verdict == TargetVerdict.Missed ? achievement.FirstCrossingAfterDeadline(year, month) : null,
            Caveats = Caveats(staleMonths is { } since ? new StaleFigures(Period.Month(year, month), since) : null, monthly, Suspects(monthly, measure, used)),
            StaleMonths = staleMonths,
            ProjectionsNotMade = notMade,
            LatestYearGrowthPercent = latestYear is var (ly, lv) ? GrowthAnalysis.Percent(lv, months.YearToDate(ly - 1, 12)) : null,
            LatestYearPublishedGrowthPercent = latestYear is var (py, _) ? monthly.PublishedRate(measure, Period.OfYear(py)) : null,
        };
    }

    /// <summary>A report for a target no stored statistics can judge on that date, and why.</summary>
    public static TargetReport NoData(Target target, DateOnly asOf, NoDataReason reason)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(reason);
        return new TargetReport(target, target.First, null, asOf, null, null, null, null, null, null, null, null, null, [], null, null, TargetVerdict.NoData)
        {
            NoData = reason,
        };
    }

    /// <summary>
    /// How many months the latest figure ends before the date, when that is beyond any source's usual publication
    /// lag and the outcome is still open: the months in between are then simulated, not known, and the verdict is
    /// the store's, not the date's. Null otherwise.
    /// </summary>
    private static int? StaleMonths(DateOnly asOf, int year, int month, bool settled)
    {
        const int UsualLagMonths = 3;
        var monthsSince = ((asOf.Year * 12) + asOf.Month) - ((year * 12) + month) - 1;
        return settled || monthsSince <= UsualLagMonths ? null : monthsSince;
    }

    /// <summary>The figures much older than the date, those the store summed from product lines, and those it converted from another currency, in that order.</summary>
    private static List<TargetCaveat> Caveats(StaleFigures? stale, PairSeries series, SuspectLevelsUsed? suspects)
    {
        var caveats = new List<TargetCaveat>();
        if (stale is not null)
        {
            caveats.Add(stale);
        }

        if (suspects is not null)
        {
            caveats.Add(suspects);
        }

        if (series.Summed.Count > 0)
        {
            caveats.Add(new SummedFigures(series.Summed.Count, [.. series.Summed.Select(s => s.CoarsestDigits).Distinct().Order()]));
        }

        if (series.Converted.Count > 0)
        {
            caveats.Add(new ConvertedFigures(series.Converted.Count, [.. series.Converted.Select(c => c.Conversion).Distinct()]));
        }

        return caveats;
    }

    // The suspect levels among the periods the report's figures are read from; null when none.
    private static SuspectLevelsUsed? Suspects(PairSeries series, Measure measure, IEnumerable<Period?> used)
    {
        var periods = used.OfType<Period>().ToHashSet();
        var suspects = SuspectLevels.Find(series).Where(s => s.Measure == measure && periods.Contains(s.Period)).ToList();
        return suspects.Count == 0 ? null : new SuspectLevelsUsed(suspects);
    }

    private static (int Year, int Month)? Latest(PairSeries series, MonthCoverage months)
    {
        var candidates = series.Values.Select(v => v.Period).Concat(series.PublishedYearToDate.Select(v => v.Period));
        foreach (var period in candidates.OrderByDescending(p => (p.Year, p.EndMonth)))
        {
            if (months.YearToDate(period.Year, period.EndMonth) is not null)
            {
                return (period.Year, period.EndMonth);
            }
        }

        return null;
    }

    private static (int Year, decimal ValueUsd)? LatestCompleteYear(MonthCoverage months, int year, int month)
    {
        for (var y = month == 12 ? year : year - 1; y >= year - 30; y--)
        {
            if (months.YearToDate(y, 12) is { } value)
            {
                return (y, value);
            }
        }

        return null;
    }

    private static double? RequiredGrowth(Target target, (int Year, decimal ValueUsd)? latest) =>
        target.Basis == TargetBasis.AnnualValue && latest is var (year, value) && year < target.DeadlineYear && value > 0
            ? (Math.Pow((double)(target.AmountUsd / value), 1.0 / (target.DeadlineYear - year)) - 1) * 100
            : null;

    /// <summary>
    /// Met or missed once settled; else the model's chance (80% on track, ahead of schedule when the median crossing
    /// precedes the deadline year; 30% at risk), or without a model how many "at this rate" projections reach it
    /// (open without any: a verdict of chance on nothing would be made up).
    /// </summary>
    private static TargetVerdict Judge(Target target, (int Year, int Month)? met, bool deadlineKnown, IReadOnlyList<Projection> projections, ModelOutlook? model)
    {
        if (met is not null)
        {
            return TargetVerdict.Met;
        }

        if (deadlineKnown)
        {
            return TargetVerdict.Missed;
        }

        if (model is null)
        {
            var reaching = projections.Count(p => p.CrossingYear <= target.DeadlineYear);
            return projections.Count == 0 ? TargetVerdict.Open
                : reaching == projections.Count ? TargetVerdict.OnTrack
                : reaching == 0 ? TargetVerdict.OffTrack
                : TargetVerdict.AtRisk;
        }

        var p = model.Probability;
        return p >= 0.8 && model.MedianCrossing is { } median && median.Year < target.DeadlineYear ? TargetVerdict.AheadOfSchedule
            : p >= 0.8 ? TargetVerdict.OnTrack
            : p >= 0.3 ? TargetVerdict.AtRisk
            : TargetVerdict.OffTrack;
    }
}
