using System.Globalization;
using Turnover.Core;

namespace Turnover.Store.Internal;

/// <summary>
/// Figures no trade between two countries can reach, found set-based in a release's records before it is committed:
/// (a) a figure above world trade in the months it covers, and (b) a figure 100 times (or a hundredth of) the same
/// figure another live release of the same source holds: a wrong unit (thousands read as millions gives 1,000).
/// </summary>
internal static class OutlierScreen
{
    /// <summary>
    /// World merchandise exports in 2022, the highest year on record: US$24.9 trillion (WTO, "Global Trade Outlook and
    /// Statistics", April 2023, press release 909: "the dollar value of world merchandise exports rose 11.6% to US$
    /// 24.9 trillion in 2022"). Every country's exports and imports together are world trade, so one pair's exports,
    /// imports or turnover in a period is at most this, scaled by the months it covers.
    /// </summary>
    public const decimal WorldExportsPerYearUsd = 24_900_000_000_000m;

    /// <summary>The bound per month: WorldExportsPerYearUsd / 12, about US$2.1 trillion.</summary>
    public const decimal WorldExportsPerMonthUsd = WorldExportsPerYearUsd / 12;

    /// <summary>How far off the same figure of another release a figure may be before it is taken for a wrong unit.</summary>
    public const int UnitRatio = 100;

    /// <summary>
    /// Below this (the larger of the two figures), (b) does not apply: small product lines legitimately swing a
    /// hundredfold between a source's releases, and a wrong unit shows on a file's large figures anyway.
    /// </summary>
    public const decimal UnitCheckFloorUsd = 1_000_000m;

    private const int Limit = LoadResult.MaxOutliers;

    /// <summary>
    /// The outliers of a release being loaded; the statements over its own lines run only where its tally says they can
    /// find one, and its figures are compared only with those of <paramref name="sharers"/> (TradeStore.PeriodSharers).
    /// </summary>
    public static List<Outlier> Find(TradeStore store, int releaseId, SourceKind source, LoadTally tally, IReadOnlyList<int> sharers, int rangeLines)
    {
        var beyond = tally.SumBeyondStore() ? BeyondStore(store, releaseId) : [];
        if (beyond.Count > 0)
        {
            return beyond;
        }

        var outliers = tally.AboveWorldTrade ? AboveWorldTrade(store, releaseId) : [];
        if (outliers.Count < Limit && sharers.Count > 0)
        {
            outliers.AddRange(OffStoredFigures(store, releaseId, source, sharers, tally.KeyRanges(rangeLines), Limit - outliers.Count));
        }

        return outliers;
    }

    public static string AcceptedNote(string note, int count)
    {
        var accepted = string.Create(
            CultureInfo.InvariantCulture,
            $"outliers accepted (--accept-outliers): {(count >= Limit ? $"at least {Limit}" : count.ToString(CultureInfo.InvariantCulture))} figure(s) above world trade or {UnitRatio} times off another release's");
        return note.Length == 0 ? accepted : $"{note}; {accepted}";
    }

    private static List<Outlier> AboveWorldTrade(TradeStore store, int releaseId)
    {
        var sql = $"""
            SELECT source_line, value_usd, {DecodedKey.Columns("key")}
            FROM records
            WHERE release_id = $1 AND abs(value_usd) > {WorldExportsPerMonthUsd.ToString(CultureInfo.InvariantCulture)} * record_months(key)
            ORDER BY source_line, key
            LIMIT {Limit}
            """;
        using var command = store.Command(sql, releaseId);
        using var reader = command.ExecuteReader();
        var key = DecodedKey.Of(reader);
        int sourceLine = reader.Column("source_line"), valueUsd = reader.Column("value_usd");
        var rows = new List<Outlier>();
        while (reader.Read())
        {
            var months = reader.GetByte(key.Months);
            rows.Add(new Outlier(reader.GetInt64(sourceLine), key.Describe(reader), reader.GetDecimal(valueUsd), months)
            {
                WorldTradeBoundUsd = Math.Round(WorldExportsPerMonthUsd * months),
            });
        }

        return rows;
    }

    // Each value is at most 10^15 USD (the readers' ceiling), but a figure's product lines are summed into its total
    // (visible_totals) and read back as DECIMAL(18, 2): a sum that could overflow it fails every later query of the
    // pair. Only with --accept-outliers can such lines get this far; the sum is refused all the same.
    private static List<Outlier> BeyondStore(TradeStore store, int releaseId)
    {
        var sql = $"""
            SELECT min(source_line) AS source_line, sum(value_usd) AS value_usd, count(*) AS lines,
                   {DecodedKey.Columns($"(min(key) >> {RecordKey.MonthsShift}) << {RecordKey.MonthsShift}")}
            FROM records
            WHERE release_id = $1
            GROUP BY key >> {RecordKey.ProductDigitsShift}
            HAVING count(*) > 1 AND abs(sum(value_usd)) > {Outlier.SumCeilingUsd.ToString(CultureInfo.InvariantCulture)}
            ORDER BY source_line
            LIMIT {Limit}
            """;
        using var command = store.Command(sql, releaseId);
        using var reader = command.ExecuteReader();
        var key = DecodedKey.Of(reader);
        int sourceLine = reader.Column("source_line"), valueUsd = reader.Column("value_usd"), lines = reader.Column("lines");
        var rows = new List<Outlier>();
        while (reader.Read())
        {
            rows.Add(new Outlier(reader.GetInt64(sourceLine), key.Describe(reader), reader.GetDecimal(valueUsd), reader.GetByte(key.Months))
            {
                SummedLines = (int)reader.GetInt64(lines),
            });
        }

        return rows;
    }

    // A hash join of the new release's records with the same keys in the source's other live releases: the new
    // release is the build side, a key range at a time (a whole revised BACI year at once ran out of the load's memory
    // beside a 100 M-line store), each range's first outliers kept and the first of all taken. Find skips it unless
    // another live release holds one of the new release's reporter-periods: without that, a new year read every stored
    // record of the source (bench/README.md, "A new year into a store that holds others").
    private static IEnumerable<Outlier> OffStoredFigures(TradeStore store, int releaseId, SourceKind source, IReadOnlyList<int> sharers, IReadOnlyList<LoadTally.KeyRange> ranges, int limit) =>
        ranges.SelectMany(range => OffStoredFigures(store, releaseId, source, sharers, range, limit))
            .OrderBy(o => o.Outlier.Line).ThenBy(o => o.Key)
            .Take(limit)
            .Select(o => o.Outlier);

    private static List<(long Key, Outlier Outlier)> OffStoredFigures(TradeStore store, int releaseId, SourceKind source, IReadOnlyList<int> sharers, LoadTally.KeyRange range, int limit)
    {
        var sql = $"""
            SELECT n.source_line, n.key, n.value_usd, {DecodedKey.Columns("n.key")}, o.value_usd AS stored_usd, o.release_id AS stored_release
            FROM records n
            JOIN records o ON o.key = n.key
            JOIN live_releases() l ON l.release_id = o.release_id
            WHERE n.release_id = $1 AND o.release_id <> $1 AND l.source = $2
              AND n.key BETWEEN $3 AND $4 AND o.key BETWEEN $3 AND $4 AND {TradeStore.ReleaseFilter("o.release_id", sharers)}
              AND n.value_usd <> 0 AND o.value_usd <> 0
              AND greatest(abs(n.value_usd), abs(o.value_usd)) >= {UnitCheckFloorUsd.ToString(CultureInfo.InvariantCulture)}
              AND (abs(n.value_usd) >= {UnitRatio} * abs(o.value_usd) OR abs(o.value_usd) >= {UnitRatio} * abs(n.value_usd))
            QUALIFY row_number() OVER (PARTITION BY n.key ORDER BY o.release_id DESC) = 1
            ORDER BY n.source_line, n.key
            LIMIT {limit}
            """;
        using var command = store.Command(sql, releaseId, SourceCatalog.Of(source).Code, range.Low, range.High);
        using var reader = command.ExecuteReader();
        var key = DecodedKey.Of(reader);
        int sourceLine = reader.Column("source_line"), packedKey = reader.Column("key"), valueUsd = reader.Column("value_usd");
        int storedUsd = reader.Column("stored_usd"), storedRelease = reader.Column("stored_release");
        var rows = new List<(long, Outlier)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(packedKey), new Outlier(reader.GetInt64(sourceLine), key.Describe(reader), reader.GetDecimal(valueUsd), reader.GetByte(key.Months))
            {
                StoredUsd = reader.GetDecimal(storedUsd),
                StoredRelease = reader.GetInt32(storedRelease),
            }));
        }

        return rows;
    }
}
