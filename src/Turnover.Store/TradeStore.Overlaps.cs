using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    // The keys the new release shares with each earlier live release of its source, per level and pair of their rows
    // of release_levels (release_overlaps), so that coverage of every pair counts a revised level without reading its
    // records. After NoteLevels: the new release's rows, with their final dates, are what the pairs are made of. Every
    // pair of rows at a level both hold is written, none in common included, so that a missing pair means "not
    // counted" (a store revised before schema 16) and the reader falls back to the records. Range by range, as
    // DateRevisions joins: a hash table of a range's keys, zone maps skipping the rest.
    private void NoteOverlaps(int releaseId, IReadOnlyList<int> sharers, LoadTally tally)
    {
        if (sharers.Count == 0)
        {
            return;
        }

        foreach (var range in tally.KeyRanges(LoadRangeLines))
        {
            Execute(
                $"""
                INSERT INTO release_overlaps (release_id, other_release_id, level_key, published, other_published, shared, value_usd, other_value_usd)
                WITH pairs AS (
                    SELECT e.release_id AS other_release_id, n.level_key, n.published, e.published AS other_published
                    FROM release_levels n
                    JOIN release_levels e ON e.level_key = n.level_key
                    WHERE n.release_id = $1 AND n.level_key BETWEEN $2 >> {RecordKey.ProductDigitsShift} AND $3 >> {RecordKey.ProductDigitsShift}
                      AND e.level_key BETWEEN $2 >> {RecordKey.ProductDigitsShift} AND $3 >> {RecordKey.ProductDigitsShift} AND {ReleaseFilter("e.release_id", sharers)}
                ),
                shared AS (
                    SELECT e.release_id AS other_release_id, n.key >> {RecordKey.ProductDigitsShift} AS level_key, n.published, e.published AS other_published,
                           count(*) AS shared, sum(n.value_usd) AS value_usd, sum(e.value_usd) AS other_value_usd
                    FROM records n
                    JOIN records e ON e.key = n.key
                    WHERE n.release_id = $1 AND n.key BETWEEN $2 AND $3 AND e.key BETWEEN $2 AND $3 AND {ReleaseFilter("e.release_id", sharers)}
                    GROUP BY ALL
                )
                SELECT $1, p.other_release_id, p.level_key, p.published, p.other_published,
                       coalesce(s.shared, 0), coalesce(s.value_usd, 0), coalesce(s.other_value_usd, 0)
                FROM pairs p
                LEFT JOIN shared s ON s.other_release_id = p.other_release_id AND s.level_key = p.level_key
                     AND s.published IS NOT DISTINCT FROM p.published AND s.other_published IS NOT DISTINCT FROM p.other_published
                ORDER BY p.level_key, p.other_release_id, p.published, p.other_published
                """,
                releaseId, range.Low, range.High);
        }
    }
}
