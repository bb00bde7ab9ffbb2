using System.Globalization;
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
            return NoData(target, asOf, $"no {measure.ToString().ToLowerInvariant()} figures for {monthly.Reporter.Name}–{monthly.Partner.Name} published by {asOf:yyyy-MM-dd}") with
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
        var achieved = target.Basis == TargetBasis.AnnualValue ? rolling?.ValueUsd ?? latestYear?.ValueUsd : achievement.At(year, month);
        var met = achievement.FirstCrossing(year);
        var deadlineKnown = months.YearToDate(target.DeadlineYear, 12) is not null;
        // Once the target is met or its deadline year is complete the verdict is final: nothing left to project.
        var (projections, notMade) = met is null && !deadlineKnown
            ? AtThisRate.Project(target, monthly, measure, months, year, month)
            : ([], []);
        var model = met is null && !deadlineKnown && forecaster is not null && MonthlySteps.Build(monthly, measure) is { } steps
            ? TargetModel.Outlook(target, steps, months, forecaster, options)
            : null;
        var (verdict, text) = Judge(target, achievement, met, deadlineKnown, projections, model);
        if (verdict != TargetVerdict.Met && !deadlineKnown && asOf > target.Deadline)
        {
            // Past the deadline without its figures: an extrapolation is not an outcome.
            var estimate = model is null ? string.Empty : Invariant($"; the model's estimate from those figures is a {model.Probability * 100:0}% chance");
            (verdict, text) = (TargetVerdict.Undetermined, Invariant(
                $"undetermined: the deadline (end of {target.DeadlineYear}) has passed, but {monthly.Reporter.Name}'s figures published by {asOf:yyyy-MM-dd} end at {year}-{month:D2}; the outcome needs figures through {target.DeadlineYear}-12{estimate}"));
        }

        var baseline = target.BaselineYear is { } b && months.YearToDate(b, 12) is { } bv ? (b, bv) : ((int, decimal)?)null;
        var staleMonths = StaleMonths(asOf, year, month, met is not null || deadlineKnown || asOf > target.Deadline);
        var stale = staleMonths is { } since ? Invariant(
            $"{monthly.Reporter.Name}'s latest figure in the store is for {year}-{month:D2}, {since} months before {asOf:yyyy-MM-dd}: the months since are simulated, not published figures; ingest newer figures for a current verdict on {target.Name}")
            : null;
        return new TargetReport(
            target, monthly.Reporter, monthly.Source, asOf, latestYear, ytd, rolling, baseline, achieved,
            achieved is { } a ? Math.Round(a / target.AmountUsd * 100m, 1) : null,
            RequiredGrowth(target, latestYear),
            met is var (my, mm) ? Period.Month(my, mm) : null,
            met is var (y2, m2) ? ((target.DeadlineYear * 12) + 12) - ((y2 * 12) + m2) : null,
            projections, model, Period.Month(year, month),
            Join(Join(stale, SummedFigures(monthly)), ConvertedFigures(monthly)),
            verdict, text)
        {
            StaleMonths = staleMonths,
            ProjectionsNotMade = notMade,
            LatestYearGrowthPercent = latestYear is var (ly, lv) ? GrowthAnalysis.Percent(lv, months.YearToDate(ly - 1, 12)) : null,
            LatestYearPublishedGrowthPercent = latestYear is var (py, _) ? monthly.PublishedRate(measure, Period.OfYear(py)) : null,
        };
    }

    /// <summary>A report for a target no stored source can judge (no series for the pair on that date).</summary>
    public static TargetReport NoData(Target target, DateOnly asOf, string reason)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new TargetReport(target, target.First, null, asOf, null, null, null, null, null, null, null, null, null, [], null, null, null, TargetVerdict.NoData, reason);
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

    /// <summary>Figures the source never published as totals but the store summed from product lines.</summary>
    private static string? SummedFigures(PairSeries series)
    {
        if (series.Summed.Count == 0)
        {
            return null;
        }

        var levels = string.Join(" and ", series.Summed.Select(s => $"HS{s.CoarsestDigits}").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return Invariant($"{series.Summed.Count} figure(s) used are sums of {levels} product lines, not published totals: they are the totals only if every product was ingested");
    }

    /// <summary>Figures the source published in another currency, converted to US dollars by the store.</summary>
    private static string? ConvertedFigures(PairSeries series)
    {
        if (series.Converted.Count == 0)
        {
            return null;
        }

        var how = string.Join("; ", series.Converted.Select(c => c.Conversion).Distinct().Select(c => c.Describe()));
        return Invariant($"{series.Converted.Count} stored figure(s) behind the series were published in another currency and {how}");
    }

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : $"{first}; {second}";

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

    private static (TargetVerdict, string) Judge(
        Target target, Achievement achievement, (int Year, int Month)? met, bool deadlineKnown, IReadOnlyList<Projection> projections, ModelOutlook? model)
    {
        var amount = Billions(target.AmountUsd);
        if (met is var (year, month))
        {
            var value = achievement.At(year, month)!.Value;
            var before = ((target.DeadlineYear * 12) + 12) - ((year * 12) + month);
            var window = Window(target, year, month);
            return (TargetVerdict.Met, Invariant($"met in {year}-{month:D2}: {window} reached {Billions(value)} ≥ {amount}, {before} month(s) before the end of {target.DeadlineYear}"));
        }

        if (deadlineKnown)
        {
            var final = achievement.At(target.DeadlineYear, 12)!.Value;
            var shortfall = target.AmountUsd - final;
            var what = target.Basis == TargetBasis.AnnualValue ? $"{target.DeadlineYear} ended at" : $"{Window(target, target.DeadlineYear, 12)} came to";
            return (TargetVerdict.Missed, Invariant($"missed: {what} {Billions(final)}, {Billions(shortfall)} ({shortfall / target.AmountUsd * 100m:0.0}%) short of {amount}"));
        }

        if (model is null)
        {
            var reaching = projections.Where(p => p.CrossingYear <= target.DeadlineYear).Select(p => AtThisRate.Name(p.Kind)).ToList();
            return projections.Count == 0
                ? (TargetVerdict.AtRisk, "open: too little data for a projection or a model")
                : reaching.Count == projections.Count ? (TargetVerdict.OnTrack, $"open: every \"at this rate\" projection reaches {amount} by {target.DeadlineYear} (no model run)")
                : reaching.Count == 0 ? (TargetVerdict.OffTrack, $"open: no \"at this rate\" projection reaches {amount} by {target.DeadlineYear} (no model run)")
                : (TargetVerdict.AtRisk, $"open: only {string.Join(", ", reaching)} reach(es) {amount} by {target.DeadlineYear} (no model run)");
        }

        var p = model.Probability;
        var crossing = model.MedianCrossing is { } c ? Invariant($"; median crossing {c} among the paths that reach it") : string.Empty;
        var chance = Invariant($"{p * 100:0}% chance of {amount} by {target.DeadlineYear} ({model.Method}, {model.Paths:N0} paths){crossing}");
        return p >= 0.8 && model.MedianCrossing is { } median && median.Year < target.DeadlineYear ? (TargetVerdict.AheadOfSchedule, "ahead of schedule: " + chance)
            : p >= 0.8 ? (TargetVerdict.OnTrack, "on track: " + chance)
            : p >= 0.3 ? (TargetVerdict.AtRisk, "at risk: " + chance)
            : (TargetVerdict.OffTrack, "off track: " + chance);
    }

    /// <summary>What is measured up to a month: the year (to date), the sum since the first year, or the increment over the baseline's pace.</summary>
    private static string Window(Target target, int year, int month)
    {
        var within = month == 12 ? $"{year}" : $"Jan–{MonthName(month)} {year}";
        var span = target.FromYear == year ? within : $"{target.FromYear}-01 to {year}-{month:D2}";
        return target.Basis switch
        {
            TargetBasis.AnnualValue => within,
            TargetBasis.Cumulative => $"the sum over {span}",
            _ => $"the increment over {target.BaselineYear}'s pace in {span}",
        };
    }

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month);

    private static string Billions(decimal usd) => Invariant($"${usd / 1e9m:0.##} bn");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
