using System.Globalization;
using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse;

// The DuckDB store's revision dating (TradeStore.DateRevisions in TradeStore.Load.cs), on the staged release: a
// revision must not rewrite history. Same rule, same notes; the date is the day the file says it was updated, else the
// store's clock's. One difference: a file older than one already stored (by the days both say they were updated) is
// refused where they share figures, since making the stored one's figures its revisions would rewrite a published
// release's records in place (DuckDB does so in the load's transaction).
public sealed partial class ClickHouseTradeStore
{
    // An undated file's figures count from the period's end plus the source's lag. Where an earlier live release of
    // the same source (other bytes: a corrected reading of a file is that file) already holds a figure public by
    // then, this one is its revision: it counts from the day it was stored, or it would rewrite what was known
    // before. Where the earlier figure was published later than this one's lag date (a dated revision), this file is
    // the older publication and keeps the lag date; the note says so. The staged records are dated by a mutation,
    // waited for, before the release row is written: a failure leaves the release absent, as any other.
    private ReleaseOutcome DateRevisions(int releaseId, ReleaseOutcome outcome, IReadOnlyList<StoredRelease> sameSource)
    {
        var release = outcome.Release!;
        var earlier = sameSource.Where(l => l.Summary.ContentHash != release.ContentHash).ToList();
        var earlierIds = earlier.Select(l => l.Summary.Id).ToList();
        if (release.Vintage is not null || !SharesPeriods(releaseId, earlierIds))
        {
            return outcome;
        }

        var day = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        if (release.UpdatedOn is { } own)
        {
            RefuseOlder(releaseId, release, earlier.Where(l => l.Summary is { Vintage: null, UpdatedOn: { } other } && other > own && l.Summary.Retraction is null).ToList());
            day = own < day ? own : day;
        }

        long dated = 0, older = 0;
        foreach (var shard in _shards.Servers)
        {
            var (shardDated, shardOlder) = DateRevisions(shard, releaseId, release.Source, earlier, day);
            dated += shardDated;
            older += shardOlder;
        }

        return RevisionNote.Add(outcome, dated, older, day);
    }

    // A file older than a stored one of the same source that holds some of its figures: the stored one's are the newer.
    private void RefuseOlder(int releaseId, Release release, List<StoredRelease> newer)
    {
        foreach (var other in newer)
        {
            var shared = _shards.RowsOfEach($"""
                SELECT count() FROM {Tables.LocalRecords}
                WHERE release_id = {SqlLiteral.Of(releaseId)}
                  AND key IN (SELECT key FROM {Tables.LocalRecords} WHERE release_id = {SqlLiteral.Of(other.Summary.Id)})
                """).Sum(r => Long(r[0]));
            if (shared > 0)
            {
                throw new StoreException(string.Create(CultureInfo.InvariantCulture,
                    $"{release.FileName} says its figures were last updated on {release.UpdatedOn:yyyy-MM-dd}, before release {other.Summary.Id} ({other.Summary.FileName}, updated {other.Summary.UpdatedOn:yyyy-MM-dd}), which holds {shared} of its figures: stored after it, the older file's figures would be taken as the newer. A ClickHouse store takes such files oldest first (a DuckDB store takes them in any order): ingest {release.FileName} into a store without release {other.Summary.Id}'s file, then that file."));
            }
        }
    }

    // One server's own records (each shard's on a cluster: ALTER does not go through a Distributed table on 18.16).
    // The rows of a key of every release are on one shard (the sharding key is the key's pair), so each shard finds
    // and dates its own revisions with no other shard's rows; the counts add up across shards.
    private (long Dated, long Older) DateRevisions(ServerConnection shard, int releaseId, SourceKind source, IReadOnlyList<StoredRelease> earlier, DateOnly day)
    {
        var id = SqlLiteral.Of(releaseId);
        var records = Tables.LocalRecords;
        var bounds = shard.Rows($"SELECT min(key), max(key), count() FROM {records} WHERE release_id = {id}")[0];
        if (bounds[2] == "0")
        {
            return (0, 0);
        }

        var earlierIds = SqlLiteral.List(earlier.Select(l => l.Summary.Id));
        var range = $"key BETWEEN {SqlLiteral.Of(Long(bounds[0]))} AND {SqlLiteral.Of(Long(bounds[1]))}";
        var periodEnd = KeyFields.PeriodEndDaySql("key");
        var heldByThen = $"""
            SELECT key FROM {records}
            WHERE release_id IN ({earlierIds}) AND {range}
              AND ifNull({KeyFields.DaySql("published")}, {VisibleSql.FallbackPublished(earlier, periodEnd)}) <= {VisibleSql.LagDay(periodEnd, source)}
            """;
        var undated = $"release_id = {id} AND published IS NULL";

        // The earlier keys public by then, computed once into a table of their own: inside a mutation 18.16 ran the IN
        // subquery's date arithmetic over a ten-million-key release on one thread for 46 s; a plain table of keys on
        // the right of IN is only read (a Set table is refused inside a mutation). Log keeps it on disk, so a server
        // restart cannot leave the mutation without it.
        var held = $"{Tables.Database}.{SqlLiteral.Identifier($"dating_{releaseId}")}";
        shard.Execute($"DROP TABLE IF EXISTS {held}");
        shard.Execute($"CREATE TABLE {held} (key Int64) ENGINE = Log");
        shard.InsertSelect($"INSERT INTO {held} {heldByThen}");
        var dated = Long(shard.Rows($"SELECT count() FROM {records} WHERE {undated} AND key IN {held}")[0][0]);
        if (dated > 0)
        {
            // The mutation also builds the IN set once per part: merge the staged parts first (a merge that does not
            // happen only costs time).
            shard.Execute($"OPTIMIZE TABLE {records} PARTITION {id} FINAL");
            shard.Execute($"ALTER TABLE {records} UPDATE published = {SqlLiteral.Of(day)} WHERE {undated} AND key IN {held}");
            WaitForMutations(shard, Tables.LocalRecordsName, Long(bounds[2]));
        }

        shard.Execute($"DROP TABLE {held}");
        var older = Long(shard.Rows($"""
            SELECT uniqExact(key) FROM {records}
            WHERE {undated} AND key IN (SELECT key FROM {records} WHERE release_id IN ({earlierIds}) AND {range})
            """)[0][0]);
        return (dated, older);
    }

    // 18.16 runs mutations in the background: wait until the table has none left, so that what follows reads the result.
    // A mutation rewrites the release's parts whole, so its time grows with the release's rows; 18.16 reports no failure
    // (a failing mutation is retried for ever), so the wait is bounded by a time that grows with them too.
    private void WaitForMutations(ServerConnection shard, string table, long rows)
    {
        var limit = MutationLimit(rows);
        var deadline = DateTime.UtcNow + limit;
        while (shard.Rows($"""
                   SELECT count() FROM system.mutations
                   WHERE database = {SqlLiteral.Of(Tables.DatabaseName)} AND table = {SqlLiteral.Of(table)} AND is_done = 0
                   """) is [[var left, ..]] && left != "0")
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new StoreException($"ClickHouse at {shard.Where} did not finish dating the revisions of a release of {rows:N0} rows within {limit.TotalSeconds:N0} s.");
            }

            Thread.Sleep(20);
        }
    }

    /// <summary>How long dating a release of <paramref name="rows"/> rows may take: 60 s, and 60 s more per million rows.</summary>
    internal static TimeSpan MutationLimit(long rows) => TimeSpan.FromSeconds(60 + (60 * Math.Ceiling(rows / 1e6)));
}
