using System.Globalization;
using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse;

// The DuckDB store's release_levels (schema 14 there, TradeStore.NoteLevels and every_visible_total_count) on
// ClickHouse: each release's lines counted per level key and publication date, written with its records, so that
// coverage of every pair groups a few hundred thousand counts instead of resolving every key's latest vintage over
// every record (which ran out of the server's per-query memory at 100 M records, docs/clickhouse.md). Each server
// counts its own records into its own table: on a cluster no row travels, and a shard's counts are of the pairs it holds.
public sealed partial class ClickHouseTradeStore
{
    // After DateRevisions, whose mutation may change the publication dates the counts are kept by (and which has
    // finished: it waits for it). Before the release row, so the counts are staged with the records and swept with them.
    private void NoteLevels(int releaseId) => CountLevels($"= {SqlLiteral.Of(releaseId)}");

    // An older store's releases, counted once on its first writable open (their dates are final). What an earlier,
    // interrupted fill wrote is dropped first, so that this one counts each release once.
    private void FillLevels(IReadOnlyList<int> releaseIds)
    {
        foreach (var shard in _shards.Servers)
        {
            foreach (var id in releaseIds)
            {
                shard.Execute($"ALTER TABLE {Tables.LocalLevels} DROP PARTITION {SqlLiteral.Of(id)}");
            }
        }

        CountLevels($"IN ({SqlLiteral.List(releaseIds)})");
    }

    private void CountLevels(string releaseIds)
    {
        foreach (var shard in _shards.Servers)
        {
            shard.InsertSelect($"""
                INSERT INTO {Tables.LocalLevels} (release_id, level_key, published, lines)
                SELECT release_id, bitShiftRight(key, {RecordKey.ProductDigitsShift}) AS level_key, published, count()
                FROM {Tables.LocalRecords} WHERE release_id {releaseIds}
                GROUP BY release_id, level_key, published
                """);
        }
    }

    // Coverage of every pair: each server counts the totals of the pairs it holds (VisibleSql.TotalCounts) and sums
    // them up per source and pair (CoverageSql); levels that two visible releases hold (a revision) are their lines less
    // the keys they share (release_overlaps), or counted key by key from the records where those were not counted.
    private List<SourceCoverage> EveryPairCoverage(List<StoredRelease> live, DateOnly? asOf)
    {
        if (live.Count == 0)
        {
            return [];
        }

        // Two releases can hold one level only where they share its reporter and period (both are in the key): the
        // few release_periods rows say whether any do. Of their revised levels, the ones release_overlaps does not
        // count (three releases, or revised before schema 7) are flagged by the statement, which is then run again
        // reading them key by key from the records; usually none is, and then no record is read.
        var revised = LiveReleasesShareAPeriod(live);
        var rows = _shards.RowsOfEach(CoverageSql.EveryPair(VisibleSql.TotalCounts(Tables, live, asOf, revised, keyByKey: false)));
        if (rows.Any(r => r[12] != "0"))
        {
            rows = _shards.RowsOfEach(CoverageSql.EveryPair(VisibleSql.TotalCounts(Tables, live, asOf, revised, keyByKey: true)));
        }

        var countries = CountryCatalog.Default;
        return [.. rows
            .Select(r =>
            {
                var source = (SourceKind)byte.Parse(r[0]!, CultureInfo.InvariantCulture);
                var summed = Long(r[8]);
                return new SourceCoverage(source, countries.FromCode(Int(r[1])), countries.FromCode(Int(r[2])), Long(r[3]), Month(Long(r[4])), Month(Long(r[5])), Long(r[6]), Long(r[7]))
                {
                    Reconciled = source.IsReconciled(),
                    SummedRecords = summed,
                    SummedLines = Long(r[9]),
                    SummedDigits = summed == 0 ? null : (Int(r[10]), Int(r[11])),
                };
            })
            .OrderBy(c => SourceCatalog.Of(c.Source).Code, StringComparer.Ordinal).ThenBy(c => c.Reporter.Code).ThenBy(c => c.Partner.Code)];
    }

    // Whether two live releases of one source hold records of one reporter and period (whether visible on the date
    // or not: a yes only costs the exact test).
    private bool LiveReleasesShareAPeriod(List<StoredRelease> live) =>
        _server.Rows($"""
            SELECT count() FROM (
                SELECT source, reporter, period FROM (
                    SELECT {VisibleSql.SourceOf(live)} AS source, reporter, period, release_id FROM {Tables.ReleasePeriods}
                    WHERE release_id IN ({SqlLiteral.List(live.Select(l => l.Summary.Id))})
                )
                GROUP BY source, reporter, period HAVING uniqExact(release_id) > 1
            )
            """)[0][0] != "0";

    // A month counted from year 0 (CoverageSql: year × 12 + month − 1) as its first day.
    private static DateOnly Month(long index) => new((int)(index / 12), (int)(index % 12) + 1, 1);
}
