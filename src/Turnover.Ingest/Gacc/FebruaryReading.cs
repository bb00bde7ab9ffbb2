using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// Settles what a February "month" row of the news compilation covers. Read alone it is January–February combined
/// (China's customs publishes the two months together since 2020, see <see cref="NewsRowParser"/>). But a release
/// that also gives the same flow's January–February as a year-to-date row distinguishes the two: its February
/// "month" row is then February alone, not one more report of the combined figure (which it would wrongly disagree
/// with). One exception: a "month" value that agrees within rounding with a reported Jan–Feb total is that total
/// under another label (a February alone cannot be as large as January and February together).
/// </summary>
internal static class FebruaryReading
{
    /// <summary>Re-reads, per year and flow, the February "month" reports beside a year-to-date Jan–Feb row as February alone.</summary>
    public static (List<NewsReport> Values, List<NewsReport> Rates) Resolve(IReadOnlyList<NewsReport> values, IReadOnlyList<NewsReport> rates)
    {
        var janFeb = values.Concat(rates)
            .Where(r => r.Kind == ReportKind.Ytd && IsJanFeb(r.Period))
            .Select(r => (r.Period.Year, r.Flow))
            .ToHashSet();
        var janFebValues = values.Where(r => r.Kind == ReportKind.Ytd && IsJanFeb(r.Period)).ToLookup(r => (r.Period.Year, r.Flow), r => r.Figure);
        var singleFebruaryLines = values
            .Where(r => r.Kind == ReportKind.Month && IsJanFeb(r.Period) && janFeb.Contains((r.Period.Year, r.Flow))
                && !janFebValues[(r.Period.Year, r.Flow)].Any(total => total.AgreesWith(r.Figure)))
            .Select(r => r.Line)
            .ToHashSet();
        return ([.. values.Select(Settle)], [.. rates.Select(Settle)]);

        // A rate follows its row's value; a row with a rate and no value follows the release.
        NewsReport Settle(NewsReport r) =>
            r.Kind == ReportKind.Month && IsJanFeb(r.Period) && janFeb.Contains((r.Period.Year, r.Flow))
                && (singleFebruaryLines.Contains(r.Line) || !values.Any(v => v.Line == r.Line))
                ? r with { Period = Period.Month(r.Period.Year, 2) }
                : r;
    }

    private static bool IsJanFeb(Period period) => period == Period.YearToDate(period.Year, 2);
}
