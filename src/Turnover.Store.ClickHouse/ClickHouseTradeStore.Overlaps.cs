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
    // of. Nullable dates are joined through a day number, -1 for none (a NULL never matches in a join).
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
            shard.InsertSelect($"""
                INSERT INTO {Tables.LocalOverlaps} (release_id, other_release_id, level_key, published, other_published, shared)
                SELECT {id}, other_release_id, level_key, published, other_published, shared
                FROM (
                    SELECT level_key, published, pub_day, other_release_id, other_published, other_day
                    FROM (SELECT level_key, published, ifNull(toInt32(published), -1) AS pub_day FROM {Tables.LocalLevels} WHERE release_id = {id})
                    ALL INNER JOIN (
                        SELECT level_key, release_id AS other_release_id, published AS other_published, ifNull(toInt32(published), -1) AS other_day
                        FROM {Tables.LocalLevels} WHERE release_id IN ({others})
                    ) USING level_key
                )
                ALL LEFT JOIN (
                    SELECT level_key, pub_day, other_release_id, other_day, count() AS shared
                    FROM (
                        SELECT key, bitShiftRight(key, {shift}) AS level_key, ifNull(toInt32(published), -1) AS pub_day
                        FROM {Tables.LocalRecords} WHERE release_id = {id}
                    )
                    ALL INNER JOIN (
                        SELECT key, release_id AS other_release_id, ifNull(toInt32(published), -1) AS other_day
                        FROM {Tables.LocalRecords} WHERE release_id IN ({others})
                    ) USING key
                    GROUP BY level_key, pub_day, other_release_id, other_day
                ) USING (level_key, pub_day, other_release_id, other_day)
                """);
        }
    }
}
