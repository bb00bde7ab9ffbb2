using System.Globalization;
using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse;

// The DuckDB store's edition rule (TradeStore.Editions.cs, Sql/edition_clashes.sql) on ClickHouse: one period's
// product lines are of one edition of a classification. The same release_periods design: a few rows per release,
// written with its records (staged, so a sweep clears them), that the checks read instead of the records.
public sealed partial class ClickHouseTradeStore
{
    // Which reporters, periods and editions releases' records are of: one scan of their rows on the server, written
    // back as literals (INSERT … SELECT fails through the driver on 18.16: it asks for a typed format).
    private void FillReleasePeriods(string releaseIds)
    {
        var rows = _server.Rows($"""
            SELECT DISTINCT release_id, {KeyFields.ReporterSql("key")}, {KeyFields.PeriodSql("key")}, {KeyFields.EditionSql("key", "detail")}
            FROM {Tables.Records} WHERE release_id IN {releaseIds}
            """);
        foreach (var chunk in rows.Chunk(10_000))
        {
            _server.Execute($"INSERT INTO {Tables.ReleasePeriods} (release_id, reporter, period, edition) VALUES {string.Join(", ", chunk.Select(r =>
                $"({SqlLiteral.Of(Int(r[0]))}, {SqlLiteral.Of(Int(r[1]))}, {SqlLiteral.Of(Int(r[2]))}, {(r[3] is null ? "NULL" : SqlLiteral.Of(Int(r[3])))})"))}");
        }
    }

    private void NotePeriods(int releaseId) => FillReleasePeriods($"({SqlLiteral.Of(releaseId)})");

    // Product lines of a reporter and period in two editions, in the new release or in it and a live release of the
    // same source: only then can FindEditionClashes find one. A group with two editions and a row of the new
    // release holds an edition other than one of the new release's.
    private bool MayClash(int releaseId, IReadOnlyList<int> sameSource)
    {
        var rows = _server.Rows($"""
            SELECT count() FROM (
                SELECT reporter, period FROM {Tables.ReleasePeriods}
                WHERE release_id IN ({SqlLiteral.List([releaseId, .. sameSource])}) AND edition IS NOT NULL
                GROUP BY reporter, period
                HAVING uniqExact(edition) > 1 AND countIf(release_id = {SqlLiteral.Of(releaseId)}) > 0
            )
            """);
        return rows[0][0] != "0";
    }

    // A live release of the same source, other bytes, holding records of a reporter and period the new release
    // holds: only then may a figure of the new release be a revision (DateRevisions compares keys).
    private bool SharesPeriods(int releaseId, IReadOnlyList<int> others) => SharingPeriods(releaseId, others).Count > 0;

    // Those of the releases given that hold records of a reporter and period the new release holds: the only ones
    // that can hold one of its keys, since a key's reporter and period are part of it.
    private List<int> SharingPeriods(int releaseId, IReadOnlyList<int> others) =>
        others.Count == 0
            ? []
            : [.. _server.Rows($"""
                SELECT DISTINCT release_id FROM {Tables.ReleasePeriods}
                WHERE release_id IN ({SqlLiteral.List(others)})
                  AND (reporter, period) IN (SELECT reporter, period FROM {Tables.ReleasePeriods} WHERE release_id = {SqlLiteral.Of(releaseId)})
                ORDER BY release_id
                """).Select(r => int.Parse(r[0]!, CultureInfo.InvariantCulture))];

    /// <summary>
    /// The first periods whose product lines the new release would mix across editions (Sql/edition_clashes.sql): the
    /// server groups each side's lines by total and edition; the few groups are joined here by that file's rules.
    /// </summary>
    private List<EditionClash> FindEditionClashes(int releaseId, IReadOnlyList<int> sameSource, IReadOnlyDictionary<int, string> editions, IReadOnlyDictionary<int, string> files)
    {
        var lines = $"{KeyFields.DigitsSql("key")} BETWEEN 1 AND 6";
        var edition = $"toInt16(bitShiftRight(detail, {RecordDetail.ClassificationShift}))";
        var mine = _server.Rows($"""
            SELECT {KeyFields.TotalKeySql("key")} AS total_key, {edition} AS edition, min(source_line) AS line, argMin(key, source_line) AS first_key
            FROM {Tables.Records} WHERE release_id = {SqlLiteral.Of(releaseId)} AND {lines}
            GROUP BY total_key, edition
            """).Select(r => new EditionGroup(Long(r[0]), Int(r[1]), Long(r[2]), Long(r[3]))).ToList();
        if (mine.Count == 0)
        {
            return [];
        }

        var theirs = new List<(long TotalKey, int Edition, int ReleaseId)>();
        var others = sameSource.Where(id => id != releaseId).ToList();
        if (others.Count > 0)
        {
            // Bounded to the new lines' key range, so that a one-pair file reads only that pair's part of the index.
            var lo = mine.Min(m => m.TotalKey) << RecordKey.ProductBits;
            var hi = ((mine.Max(m => m.TotalKey) + 1) << RecordKey.ProductBits) - 1;
            theirs = [.. _server.Rows($"""
                SELECT {KeyFields.TotalKeySql("key")} AS total_key, {edition} AS edition, min(release_id)
                FROM {Tables.Records}
                WHERE release_id IN ({SqlLiteral.List(others)}) AND key BETWEEN {SqlLiteral.Of(lo)} AND {SqlLiteral.Of(hi)} AND {lines}
                GROUP BY total_key, edition
                """).Select(r => (Long(r[0]), Int(r[1]), Int(r[2])))];
        }

        var mineByTotal = mine.ToLookup(m => m.TotalKey);
        var theirsByTotal = theirs.ToLookup(t => t.TotalKey);
        var clashes = mine.SelectMany(m =>
                theirsByTotal[m.TotalKey].Where(t => t.Edition != m.Edition).Select(t => (m, OtherEdition: t.Edition, OtherRelease: (int?)t.ReleaseId))
                    .Concat(mineByTotal[m.TotalKey].Where(o => o.Edition != m.Edition && o.Line < m.Line).Select(o => (m, OtherEdition: o.Edition, OtherRelease: (int?)null))))
            .OrderBy(c => c.m.Line).ThenBy(c => c.m.FirstKey).ThenBy(c => c.OtherRelease ?? int.MinValue)
            .Take(LoadResult.MaxEditionClashes);
        return [.. clashes.Select(c =>
        {
            var key = KeyFields.Of(c.m.FirstKey);
            long? otherLine = c.OtherRelease is null ? mineByTotal[c.m.TotalKey].Single(o => o.Edition == c.OtherEdition).Line : null;
            return new EditionClash(
                c.m.Line, DuplicateKeyText.Trade(key.Reporter, key.Partner, key.Flow, key.Period),
                editions.GetValueOrDefault(c.m.Edition), editions.GetValueOrDefault(c.OtherEdition),
                c.OtherRelease, c.OtherRelease is { } id ? files.GetValueOrDefault(id) : null, otherLine);
        })];
    }

    private sealed record EditionGroup(long TotalKey, int Edition, long Line, long FirstKey);
}
