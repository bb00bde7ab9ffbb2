using Turnover.Core;

namespace Turnover.Analytics;

/// <summary>
/// Year-on-year, year-to-date, rolling-12-month and compound growth of a bilateral series. Pure: no I/O, no clock.
/// A figure is computed only from published or fully covered values; nothing missing is filled. The rates the source
/// printed ride beside the computed ones (<see cref="GrowthRow.PublishedYoyPercent"/>): a computed rate on rounded or
/// first-published levels can differ from the publisher's (2016 China–Russia: +8.3% computed, +2.2% published).
/// </summary>
public static class GrowthAnalysis
{
    /// <summary>Analyses one measure of a series, optionally restricted to periods inside [from, to].</summary>
    public static GrowthTable Analyse(PairSeries series, Measure measure, Period? from = null, Period? to = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var months = MonthCoverage.Build(series, measure);
        var growthApplies = measure != Measure.Balance; // a balance changes sign: percent change is meaningless

        var entries = Entries(series, measure, months);
        var differenced = new List<Period>();
        if (series.Granularity == Granularity.Quarter)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].Value is null && QuarterFromCumulatives(months, entries[i].Period) is { } quarter)
                {
                    entries[i] = (entries[i].Period, quarter);
                    differenced.Add(entries[i].Period);
                }
            }
        }

        var byPeriod = entries.Where(e => e.Value is not null).ToDictionary(e => e.Period, e => e.Value!.Value);
        var rows = new List<GrowthRow>();
        foreach (var (period, value) in entries)
        {
            if ((from is { } f && period.End < f.Start) || (to is { } t && period.Start > t.End))
            {
                continue;
            }

            decimal? yoy = growthApplies && value is { } v && byPeriod.TryGetValue(period.PreviousYear(), out var previous) ? Percent(v, previous) : null;
            var ytd = series.Granularity == Granularity.Year ? null : months.YearToDate(period.Year, period.EndMonth);
            var ytdBefore = series.Granularity == Granularity.Year ? null : months.YearToDate(period.Year - 1, period.EndMonth);
            var rolling = series.Granularity == Granularity.Month ? months.Rolling12(period.Year, period.EndMonth) : null;
            var rollingBefore = series.Granularity == Granularity.Month ? months.Rolling12(period.Year - 1, period.EndMonth) : null;
            rows.Add(new GrowthRow(
                period,
                value,
                yoy,
                ytd,
                growthApplies ? Percent(ytd, ytdBefore) : null,
                rolling,
                growthApplies ? Percent(rolling, rollingBefore) : null)
            {
                PublishedYoyPercent = series.PublishedRate(measure, period),
                PublishedYearToDateYoyPercent = series.Granularity == Granularity.Year ? null : series.PublishedRate(measure, Period.YearToDate(period.Year, period.EndMonth)),
            });
        }

        return new GrowthTable(series, measure, rows, growthApplies ? Cagr(months, rows) : null)
        {
            MissingPeriods = Gaps.Find(entries, series.Granularity, from, to),
            FromCumulatives = [.. differenced.Where(p => rows.Exists(r => r.Period == p))],
            Suspects = Suspects(series, measure, rows),
        };
    }

    /// <summary>
    /// The suspect levels (<see cref="SuspectLevels"/>) among the figures shown: a row's own value or, below a year, the
    /// January-to-date cumulative ending with it. A reader of the table sees why a computed rate strays from the printed one.
    /// </summary>
    private static SuspectLevel[] Suspects(PairSeries series, Measure measure, List<GrowthRow> rows) =>
        measure == Measure.Balance
            ? []
            : [.. SuspectLevels.Find(series).Where(s => s.Measure == measure && rows.Exists(r => (r.Value is not null && r.Period == s.Period)
                || (series.Granularity != Granularity.Year && s.Period.IsYearToDate && r.YearToDate is not null && r.Period.Year == s.Period.Year && r.Period.EndMonth == s.Period.EndMonth)))];

    /// <summary>
    /// A quarter the store holds no figure of, nor all of its months, as the difference of the January-to-date
    /// cumulatives at its end and at the end of the quarter before (the first quarter: the cumulative to March itself):
    /// China's customs gave Jan–Sep 2021 ($102.5 bn) and Jan–Jun ($63.0 bn) but no July, so the third quarter is $39.5 bn.
    /// </summary>
    private static decimal? QuarterFromCumulatives(MonthCoverage months, Period quarter)
    {
        if (months.YearToDate(quarter.Year, quarter.EndMonth) is not { } toEnd)
        {
            return null;
        }

        if (quarter.StartMonth == 1)
        {
            return toEnd;
        }

        return months.YearToDate(quarter.Year, quarter.StartMonth - 1) is { } before ? toEnd - before : null;
    }

    /// <summary>
    /// The series' periods with their figure of the measure, and, once the series has a figure of its own frequency,
    /// the periods after it with none whose January-to-date the source published (China's customs gave Jan–Apr 2024,
    /// $75 bn, but no April): the cumulative is the publisher's figure and would otherwise not be shown at all.
    /// </summary>
    private static List<(Period Period, decimal? Value)> Entries(PairSeries series, Measure measure, MonthCoverage months)
    {
        var entries = series.Values.Select(v => (v.Period, Value: v.Get(measure))).ToList();
        if (series.Granularity == Granularity.Year || !entries.Any(e => e.Value is not null))
        {
            return entries;
        }

        var firstStart = entries.Where(e => e.Value is not null).Min(e => e.Period.Start);
        var ends = entries.Select(e => (e.Period.Year, e.Period.EndMonth)).ToHashSet();
        var cumulativeOnly = series.PublishedYearToDate
            .Where(y => y.Get(measure) is not null)
            .Select(y => Enclosing(y.Period, series.Granularity))
            .OfType<Period>()
            .Where(p => p.Start >= firstStart && !ends.Contains((p.Year, p.EndMonth)) && months.YearToDate(p.Year, p.EndMonth) is not null)
            .Distinct()
            .Select(p => (p, (decimal?)null));
        return [.. entries.Concat(cumulativeOnly).OrderBy(e => e.Item1.Start)];
    }

    /// <summary>The month or quarter a January-to-date cumulative ends with; null for a quarter ending mid-quarter.</summary>
    private static Period? Enclosing(Period cumulative, Granularity granularity) => granularity switch
    {
        Granularity.Month => Period.Month(cumulative.Year, cumulative.EndMonth),
        Granularity.Quarter when cumulative.EndMonth % 3 == 0 => Period.Quarter(cumulative.Year, cumulative.EndMonth / 3),
        _ => null,
    };

    /// <summary>Percent change from <paramref name="before"/> to <paramref name="after"/>; null when either is missing or the base is not positive.</summary>
    public static decimal? Percent(decimal? after, decimal? before) =>
        after is { } a && before is { } b && b > 0 ? ((a / b) - 1m) * 100m : null;

    /// <summary>
    /// The yearly rate that compounds <paramref name="before"/> into <paramref name="after"/> over <paramref name="years"/>
    /// years, (after / before)^(1 / years) − 1, in percent; null without both, or unless both are positive.
    /// </summary>
    public static decimal? CompoundPercent(decimal? after, decimal? before, int years) =>
        after is { } a && before is { } b && a > 0 && b > 0 && years > 0 ? (decimal)((Math.Pow((double)(a / b), 1.0 / years) - 1.0) * 100.0) : null;

    private static CompoundGrowth? Cagr(MonthCoverage months, IReadOnlyList<GrowthRow> rows)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        // Only years whose December lies inside the range shown: a range ending in April must not borrow that
        // year's full total.
        var (first0, last0) = (rows[0].Period.Start, rows[^1].Period.End);
        var years = Enumerable.Range(rows[0].Period.Year, rows[^1].Period.Year - rows[0].Period.Year + 1)
            .Where(y => new DateOnly(y, 12, 1) >= first0 && new DateOnly(y, 12, 31) <= last0)
            .Select(y => (Year: y, Value: months.YearToDate(y, 12)))
            .Where(y => y.Value is > 0)
            .ToList();
        if (years.Count < 2)
        {
            return null;
        }

        var (first, last) = (years[0], years[^1]);
        var rate = Math.Pow((double)(last.Value!.Value / first.Value!.Value), 1.0 / (last.Year - first.Year)) - 1.0;
        return new CompoundGrowth(first.Year, last.Year, first.Value.Value, last.Value.Value, rate * 100.0);
    }
}
