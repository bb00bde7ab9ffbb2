using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse;

public sealed partial class ClickHouseTradeStore
{
    /// <inheritdoc />
    /// <remarks>
    /// As the DuckDB store's query over visible_records: the source's visible product lines (VisibleSql.LatestLines
    /// over that source's releases only, which is the same as taking the source's rows of every release's latest, since
    /// a record's latest vintage is chosen per source and key) of single months and January–February, exports and
    /// imports; one row per line and flow comes back, shaped into series in C#.
    /// </remarks>
    public IReadOnlyList<ProductLineSeries> ProductLineSeries(SourceKind source, DateOnly? asOf = null)
    {
        var live = LiveReleases(source);
        if (live.Count == 0)
        {
            return [];
        }

        var monthsField = $"bitAnd(bitShiftRight(key, {RecordKey.MonthsShift}), {(1 << RecordKey.MonthsBits) - 1})";
        var filter = $"AND {monthsField} <= 2 AND {KeyFields.FlowSql("key")} IN ({SqlLiteral.Of((int)Flow.Export)}, {SqlLiteral.Of((int)Flow.Import)})";
        var lines = _server.Rows($"""
            SELECT key, tupleElement(r, 1)
            FROM ({VisibleSql.LatestLines(Tables.Records, live, asOf, filter)})
            """).Select(r => (Key: KeyFields.Of(Long(r[0])), Value: Money(r[1])));

        var countries = CountryCatalog.Default;
        return [.. lines
            .GroupBy(l => (l.Key.Reporter, l.Key.Partner, l.Key.ProductCode, l.Key.ProductDigits))
            .OrderBy(g => g.Key.Reporter).ThenBy(g => g.Key.Partner).ThenBy(g => g.Key.ProductDigits).ThenBy(g => g.Key.ProductCode)
            .Select(g => new ProductLineSeries(g.Key.ProductCode, g.Key.ProductDigits, new PairSeries(
                countries.FromCode(g.Key.Reporter), countries.FromCode(g.Key.Partner), source, Granularity.Month,
                [.. g.GroupBy(l => l.Key.Period)
                    .OrderBy(p => p.Key.Year).ThenBy(p => p.Key.StartMonth).ThenBy(p => p.Key.Months)
                    .Select(p => new FlowValues(p.Key, Sum(p, Flow.Export), Sum(p, Flow.Import), null))],
                [])))];

        // NULL where the period has no line of that flow, as DuckDB's sum … FILTER.
        static decimal? Sum(IEnumerable<(KeyFields Key, decimal Value)> period, Flow flow)
        {
            var values = period.Where(l => l.Key.Flow == flow).Select(l => l.Value).ToList();
            return values.Count == 0 ? null : values.Sum();
        }
    }
}
