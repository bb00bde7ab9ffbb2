using Turnover.Core;

namespace Turnover.Store.ClickHouse.Internal;

/// <summary>
/// The DuckDB store's coverage.sql in C#, over visible totals: per source, reporter and partner, how many totals,
/// which months and years, and how many were summed from product lines. A reconciled source is one dataset for both
/// directions: listed once, with the pair as asked (<c>a</c> first) or, for every pair, the lower code first.
/// </summary>
internal static class CoverageAssembly
{
    public static List<SourceCoverage> Assemble(IEnumerable<VisibleTotal> totals, int? a, int? b)
    {
        var countries = CountryCatalog.Default;
        var oriented = totals.Select(t =>
        {
            var reconciled = t.Source.IsReconciled();
            var reporter = reconciled ? a ?? Math.Min(t.Key.Reporter, t.Key.Partner) : t.Key.Reporter;
            var partner = reconciled ? b ?? Math.Max(t.Key.Reporter, t.Key.Partner) : t.Key.Partner;
            return (Code: SourceCatalog.Of(t.Source).Code, t.Source, Reporter: reporter, Partner: partner, Reconciled: reconciled, Total: t);
        });
        return [.. oriented
            .GroupBy(o => (o.Code, o.Reporter, o.Partner))
            .OrderBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Reporter).ThenBy(g => g.Key.Partner)
            .Select(g =>
            {
                var periods = g.Select(o => o.Total.Key.Period).ToList();
                var summed = g.Where(o => o.Total.Lines > 0).ToList();
                return new SourceCoverage(
                    g.First().Source,
                    countries.FromCode(g.Key.Reporter),
                    countries.FromCode(g.Key.Partner),
                    g.LongCount(),
                    periods.Min(p => new DateOnly(p.Year, p.StartMonth, 1)),
                    periods.Max(p => new DateOnly(p.Year, p.StartMonth + p.Months - 1, 1)),
                    // China's combined January-February counts as the two months it covers.
                    periods.Where(p => p.Months == 1).Select(p => (p.Year, p.StartMonth)).Distinct().LongCount()
                        + (2 * periods.Where(p => p.StartMonth == 1 && p.Months == 2).Select(p => p.Year).Distinct().LongCount()),
                    periods.Where(p => p.Months == 12).Select(p => p.Year).Distinct().LongCount())
                {
                    Reconciled = g.Any(o => o.Reconciled),
                    SummedRecords = summed.Count,
                    SummedLines = g.Sum(o => o.Total.Lines),
                    SummedDigits = summed.Count == 0 ? null : (summed.Min(o => o.Total.Digits), summed.Max(o => o.Total.Digits)),
                };
            })];
    }
}
