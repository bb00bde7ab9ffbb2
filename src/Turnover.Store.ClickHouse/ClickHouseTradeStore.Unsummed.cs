using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse;

// The product lines no total sums, counted as the DuckDB store counts them (commodity lines, digits 7, among them).
public sealed partial class ClickHouseTradeStore
{
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
