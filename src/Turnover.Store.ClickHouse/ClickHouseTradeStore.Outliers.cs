using Turnover.Store.ClickHouse.Internal;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse;

// The DuckDB store's outlier screen (Turnover.Store's Internal/OutlierScreen.cs, whose bounds and note it uses) on the
// staged release: (a) a figure above world trade in the months it covers, (b) a figure 100 times (or a hundredth of)
// the same figure another live release of the source holds (the caller gives those sharing a reporter-period with
// it), and, refused even when outliers are accepted, a figure whose product lines sum past what the store can read
// back.
public sealed partial class ClickHouseTradeStore
{
    private const int OutlierLimit = LoadResult.MaxOutliers;

    private List<Outlier> FindOutliers(int releaseId, IReadOnlyList<int> others)
    {
        var beyond = BeyondStore(releaseId);
        if (beyond.Count > 0)
        {
            return beyond;
        }

        var outliers = AboveWorldTrade(releaseId);
        if (outliers.Count < OutlierLimit && others.Count > 0)
        {
            outliers.AddRange(OffStoredFigures(releaseId, others, OutlierLimit - outliers.Count));
        }

        return outliers;
    }

    private List<Outlier> AboveWorldTrade(int releaseId)
    {
        var months = $"bitAnd(bitShiftRight(key, {RecordKey.MonthsShift}), {(1 << RecordKey.MonthsBits) - 1})";
        return [.. _server.Rows($"""
            SELECT source_line, value_usd, key FROM {Tables.Records}
            WHERE release_id = {SqlLiteral.Of(releaseId)} AND abs(value_usd) > {SqlLiteral.OfMoney(OutlierScreen.WorldExportsPerMonthUsd)} * {months}
            ORDER BY source_line, key
            LIMIT {OutlierLimit}
            """).Select(r =>
        {
            var key = KeyFields.Of(Long(r[2]));
            return new Outlier(Long(r[0]), key.Describe(), Money(r[1]), key.Period.Months)
            {
                WorldTradeBoundUsd = Math.Round(OutlierScreen.WorldExportsPerMonthUsd * key.Period.Months),
            };
        })];
    }

    // A figure's product lines summed past Outlier.SumCeilingUsd (the DuckDB screen's BeyondStore): ClickHouse sums
    // Decimal(18, 2) as Decimal(38, 2), so the sum is read exactly.
    private List<Outlier> BeyondStore(int releaseId) =>
        [.. _server.Rows($"""
            SELECT min(source_line) AS line, sum(value_usd), count() AS lines, min(key)
            FROM {Tables.Records}
            WHERE release_id = {SqlLiteral.Of(releaseId)}
            GROUP BY bitShiftRight(key, {RecordKey.ProductDigitsShift})
            HAVING lines > 1 AND abs(sum(value_usd)) > {SqlLiteral.OfMoney(Outlier.SumCeilingUsd)}
            ORDER BY line, min(key)
            LIMIT {OutlierLimit}
            """).Select(r =>
        {
            // The figure the lines sum to: the key with its product fields cleared.
            var key = KeyFields.Of((Long(r[3]) >> RecordKey.MonthsShift) << RecordKey.MonthsShift);
            return new Outlier(Long(r[0]), key.Describe(), Money(r[1]), key.Period.Months) { SummedLines = Int(r[2]) };
        })];

    // The new release's records joined on key with the source's other live releases' (the new release's keys bound
    // the other side; GLOBAL: on a cluster the keys are gathered once and sent to every shard, since 18.16 refuses a
    // Distributed subquery inside a distributed query); of the figures off by the unit ratio, the latest release's per key.
    // A key range at a time (StagedKeyRanges): at once, a revised ten-million-line year took 1.41 GiB of the server.
    private List<Outlier> OffStoredFigures(int releaseId, IReadOnlyList<int> others, int limit)
    {
        var id = SqlLiteral.Of(releaseId);
        var floor = SqlLiteral.OfMoney(OutlierScreen.UnitCheckFloorUsd);
        var ratio = SqlLiteral.Of(OutlierScreen.UnitRatio);
        var found = new List<(long Line, long Key, Outlier Outlier)>();
        foreach (var (low, high) in StagedKeyRanges(releaseId))
        {
            var range = $"key BETWEEN {SqlLiteral.Of(low)} AND {SqlLiteral.Of(high)}";
            found.AddRange(_server.Rows($"""
                SELECT source_line, new_usd, key, argMax(stored_usd, stored_release), max(stored_release)
                FROM (
                    SELECT key, source_line, value_usd AS new_usd FROM {Tables.Records} WHERE release_id = {id} AND {range} AND value_usd != 0
                ) ALL INNER JOIN (
                    SELECT key, value_usd AS stored_usd, release_id AS stored_release FROM {Tables.Records}
                    WHERE release_id IN ({SqlLiteral.List(others)}) AND {range} AND value_usd != 0
                      AND key GLOBAL IN (SELECT key FROM {Tables.Records} WHERE release_id = {id} AND {range})
                ) USING key
                WHERE greatest(abs(new_usd), abs(stored_usd)) >= {floor}
                  AND (abs(new_usd) >= {ratio} * abs(stored_usd) OR abs(stored_usd) >= {ratio} * abs(new_usd))
                GROUP BY key, source_line, new_usd
                ORDER BY source_line, key
                LIMIT {SqlLiteral.Of(limit)}
                """).Select(r =>
            {
                var key = KeyFields.Of(Long(r[2]));
                return (Long(r[0]), Long(r[2]), new Outlier(Long(r[0]), key.Describe(), Money(r[1]), key.Period.Months) { StoredUsd = Money(r[3]), StoredRelease = Int(r[4]) });
            }));
        }

        // Each range's first ones by line; the release's first ones are among them.
        return [.. found.OrderBy(f => f.Line).ThenBy(f => f.Key).Take(limit).Select(f => f.Outlier)];
    }
}
