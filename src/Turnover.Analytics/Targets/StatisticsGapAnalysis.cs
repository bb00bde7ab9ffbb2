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
            var figure = year == target.BaselineYear ? GapFigure.BaselineYear : GapFigure.Year;
            rows.Add(new GapRow(figure, year, Period.OfYear(year), a.YearToDate(year, 12)!.Value, b.YearToDate(year, 12)!.Value));
        }

        if (LatestCommonMonth(first, second, a, b) is var (y, m))
        {
            if (m < 12)
            {
                rows.Add(new GapRow(GapFigure.YearToDate, y, Period.YearToDate(y, m), a.YearToDate(y, m)!.Value, b.YearToDate(y, m)!.Value));
            }

            if (target.Basis != TargetBasis.AnnualValue && y >= target.FromYear
                && new Achievement(target, a.YearToDate).At(y, m) is { } progressA
                && new Achievement(target, b.YearToDate).At(y, m) is { } progressB)
            {
                rows.Add(new GapRow(
                    target.Basis == TargetBasis.Cumulative ? GapFigure.Cumulative : GapFigure.Increment,
                    target.FromYear, Period.YearToDate(y, m), progressA, progressB));
            }
        }

        return new StatisticsGap(first.Reporter, first.Source, firstMeasure, second.Reporter, second.Source, secondMeasure, rows, Valued(first, second, firstMeasure));
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

    private static GapValuation Valued(PairSeries first, PairSeries second, Measure firstMeasure)
    {
        var importer = firstMeasure == Measure.Imports ? first : second;
        return new GapValuation(
            Rules(first), Rules(second), firstMeasure != Measure.Turnover && Valuation.ImportsIncludeFreight(importer.Source));
    }

    private static SideValuation Rules(PairSeries side) => Valuation.Of(side.Reporter, side.Source);
}
