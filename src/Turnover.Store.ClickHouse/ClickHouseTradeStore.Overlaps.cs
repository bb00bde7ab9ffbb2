using Turnover.Store.ClickHouse.Internal;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse;

// The DuckDB store's release_overlaps (schema 16 there, TradeStore.NoteOverlaps) on ClickHouse: the keys a revising
// release shares with each earlier live release of its source, per level and pair of their rows of release_levels, so
// that coverage of every pair counts a revised level as the two releases' lines less the keys they share, without
// reading their records. Every pair of rows at a level both hold is written, none in common included (shared 0), so
// that a missing pair means "not counted" and the reader falls back to the records. Each server its own: the rows of
// a key of every release are on one shard.
public sealed partial class ClickHouseTradeStore
{
    // After NoteLevels: the new release's rows of release_levels, with their final dates, are what the pairs are made
    // of. Nullable dates are joined through a day number, -1 for none (a NULL never matches in a join). Range by range
    // of the new release's levels on each server, as the DuckDB store's NoteOverlaps: the records' primary key (key,
    // release_id) skips the granules outside a range in every release's partition.
    private void NoteOverlaps(int releaseId, IReadOnlyList<int> sharers)
    {
        if (sharers.Count == 0)
        {
            return;
        }

        var id = SqlLiteral.Of(releaseId);
        var others = SqlLiteral.List(sharers);
        var shift = RecordKey.ProductDigitsShift;
        foreach (var shard in _shards.Servers)
        {
            var levels = shard.Rows($"SELECT level_key, sum(lines) FROM {Tables.LocalLevels} WHERE release_id = {id} GROUP BY level_key ORDER BY level_key")
                .Select(r => (Long(r[0]), Long(r[1])));
            foreach (var range in LoadTally.KeyRange.Split(levels, JoinRangeLines))
            {
                var (low, high) = (SqlLiteral.Of(range.Low), SqlLiteral.Of(range.High));
                var (lowLevel, highLevel) = (SqlLiteral.Of(range.Low >> shift), SqlLiteral.Of(range.High >> shift));
                shard.InsertSelect($"""
                    INSERT INTO {Tables.LocalOverlaps} (release_id, other_release_id, level_key, published, other_published, shared)
                    SELECT {id}, other_release_id, level_key, published, other_published, shared
                    FROM (
                        SELECT level_key, published, pub_day, other_release_id, other_published, other_day
                        FROM (
                            SELECT level_key, published, ifNull(toInt32(published), -1) AS pub_day FROM {Tables.LocalLevels}
                            WHERE release_id = {id} AND level_key BETWEEN {lowLevel} AND {highLevel}
                        )
                        ALL INNER JOIN (
                            SELECT level_key, release_id AS other_release_id, published AS other_published, ifNull(toInt32(published), -1) AS other_day
                            FROM {Tables.LocalLevels} WHERE release_id IN ({others}) AND level_key BETWEEN {lowLevel} AND {highLevel}
                        ) USING level_key
                    )
                    ALL LEFT JOIN (
                        SELECT level_key, pub_day, other_release_id, other_day, count() AS shared
                        FROM (
                            SELECT key, bitShiftRight(key, {shift}) AS level_key, ifNull(toInt32(published), -1) AS pub_day
                            FROM {Tables.LocalRecords} WHERE release_id = {id} AND key BETWEEN {low} AND {high}
                        )
                        ALL INNER JOIN (
                            SELECT key, release_id AS other_release_id, ifNull(toInt32(published), -1) AS other_day
                            FROM {Tables.LocalRecords} WHERE release_id IN ({others}) AND key BETWEEN {low} AND {high}
                        ) USING key
                        GROUP BY level_key, pub_day, other_release_id, other_day
                    ) USING (level_key, pub_day, other_release_id, other_day)
                    """);
            }
        }
    }
}
