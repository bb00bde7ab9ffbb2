using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse;

// A pair's releases behind its visible figures, and the product lines no total sums, as the DuckDB store reads them
// (commodity lines, digits 7, among them).
public sealed partial class ClickHouseTradeStore
{
    /// <inheritdoc />
    public IReadOnlyList<PairReleases> PairReleases(Country a, Country b, DateOnly? asOf = null)
    {
        var live = LiveReleases();
        if (live.Count == 0)
        {
            return [];
        }

        // As the DuckDB store's visible_records: each key's latest visible revision, whose release (the tuple's second) counts.
        var digits = $"bitAnd(bitShiftRight(key, {RecordKey.ProductDigitsShift}), {(1 << RecordKey.ProductDigitsBits) - 1})";
        return Store.PairReleases.Group(_server.Rows($"""
            SELECT DISTINCT source, {digits} > 0, tupleElement(r, 2)
            FROM ({VisibleSql.Latest(Tables.Records, live, asOf, (a.Code, b.Code))})
            """).Select(r => (SourceCatalog.FromCode(r[0]!), r[1] == "1", ReleaseIds.Of([Int(r[2])]))));
    }

    /// <inheritdoc />
    public IReadOnlyList<UnsummedLines> UnsummedProductLines(Country a, Country b, DateOnly? asOf = null)
    {
        var live = LiveReleases();
        if (live.Count == 0)
        {
            return [];
        }

        var digits = $"bitAnd(bitShiftRight(key, {RecordKey.ProductDigitsShift}), {(1 << RecordKey.ProductDigitsBits) - 1})";
        return [.. _server.Rows($"""
            SELECT source, min({digits}) AS coarsest, count() AS lines
            FROM ({VisibleSql.Latest(Tables.Records, live, asOf, (a.Code, b.Code))})
            WHERE {digits} > 0
            GROUP BY source ORDER BY source
            """).Select(r => new UnsummedLines(SourceCatalog.FromCode(r[0]!), Int(r[1]), Long(r[2])))];
    }
}
