using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Analytics.Targets;

/// <summary>
/// Compares two reporters' statistics of a target's metric: the recent complete years both published, the
/// baseline of an increment target, the latest year to date both published and, for cumulative and increment
/// targets, the progress measure at that month. Only periods both sides published are compared; nothing is
/// filled in for either side.
/// </summary>
public static class StatisticsGapAnalysis
{
    /// <summary>How many of the latest complete years both sides published to show.</summary>
    public const int RecentYears = 5;

    /// <summary>Compares <paramref name="first"/> with <paramref name="second"/> (two reporters' monthly series of the target's pair).</summary>
    /// <exception cref="ArgumentException">Both series come from the same reporter.</exception>
    public static StatisticsGap Compare(Target target, PairSeries first, PairSeries second)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Reporter == second.Reporter)
        {
            throw new ArgumentException($"both series are {first.Reporter.Name}'s statistics; a gap needs the two sides", nameof(second));
        }

        var firstMeasure = TargetEvaluator.MeasureFor(target, first.Reporter);
        var secondMeasure = TargetEvaluator.MeasureFor(target, second.Reporter);
        var a = MonthCoverage.Build(first, firstMeasure);
        var b = MonthCoverage.Build(second, secondMeasure);
        var rows = new List<GapRow>();

        var years = CommonYears(first, second, a, b);
        var shown = years.TakeLast(RecentYears).ToList();
        if (target.BaselineYear is { } baseline && years.Contains(baseline) && !shown.Contains(baseline))
        {
            shown.Insert(0, baseline);
        }

        foreach (var year in shown)
        {
            var what = year == target.BaselineYear ? $"baseline year {year}" : $"year {year}";
            rows.Add(new GapRow(what, year, Period.OfYear(year), a.YearToDate(year, 12)!.Value, b.YearToDate(year, 12)!.Value));
        }

        if (LatestCommonMonth(first, second, a, b) is var (y, m))
        {
            if (m < 12)
            {
                rows.Add(new GapRow($"year to date {y}", y, Period.YearToDate(y, m), a.YearToDate(y, m)!.Value, b.YearToDate(y, m)!.Value));
            }

            if (target.Basis != TargetBasis.AnnualValue && y >= target.FromYear
                && new Achievement(target, a.YearToDate).At(y, m) is { } progressA
                && new Achievement(target, b.YearToDate).At(y, m) is { } progressB)
            {
                rows.Add(new GapRow(
                    target.Basis == TargetBasis.Cumulative ? $"cumulative {target.FromYear} to {y}-{m:D2}" : $"increment over {target.BaselineYear}, {target.FromYear} to {y}-{m:D2}",
                    target.FromYear, Period.YearToDate(y, m), progressA, progressB));
            }
        }

        return new StatisticsGap(first.Reporter, first.Source, firstMeasure, second.Reporter, second.Source, secondMeasure, rows, Explain(target, first, second, firstMeasure));
    }

    private static List<int> CommonYears(PairSeries first, PairSeries second, MonthCoverage a, MonthCoverage b) =>
        Years(first).Intersect(Years(second))
            .Where(year => a.YearToDate(year, 12) is not null && b.YearToDate(year, 12) is not null)
            .Order()
            .ToList();

    private static (int Year, int Month)? LatestCommonMonth(PairSeries first, PairSeries second, MonthCoverage a, MonthCoverage b)
    {
        var ends = Ends(first).Intersect(Ends(second)).OrderDescending();
        foreach (var (year, month) in ends)
        {
            if (a.YearToDate(year, month) is not null && b.YearToDate(year, month) is not null)
            {
                return (year, month);
            }
        }

        return null;
    }

    private static IEnumerable<int> Years(PairSeries series) => Ends(series).Select(e => e.Year).Distinct();

    private static IEnumerable<(int Year, int Month)> Ends(PairSeries series) =>
        series.Values.Select(v => v.Period).Concat(series.PublishedYearToDate.Select(v => v.Period)).Select(p => (p.Year, p.EndMonth)).Distinct();

    private static string Explain(Target target, PairSeries first, PairSeries second, Measure firstMeasure)
    {
        const string Common = "goods routed through third countries (re-exports, e.g. via Hong Kong) are attributed differently, and shipments in transit at the turn of a period are counted in different months";
        if (target.Metric == Measure.Turnover)
        {
            return $"each side's turnover is its exports plus its imports, valued by each publisher's own rules ({Rules(first)}; {Rules(second)}), so the two never match exactly; {Common}";
        }

        var (importer, exporter) = firstMeasure == Measure.Imports ? (first, second) : (second, first);
        var higher = Valuation.ImportsIncludeFreight(importer.Source) ? ", so the importer's figure is usually higher" : string.Empty;
        return $"{importer.Reporter.Name}'s imports are valued {Valuation.Of(importer.Source, Measure.Imports)} and {exporter.Reporter.Name}'s exports {Valuation.Of(exporter.Source, Measure.Exports)}{higher}; {Common}";
    }

    private static string Rules(PairSeries side) =>
        $"{side.Reporter.Name}: exports {Valuation.Of(side.Source, Measure.Exports)}, imports {Valuation.Of(side.Source, Measure.Imports)}";
}
