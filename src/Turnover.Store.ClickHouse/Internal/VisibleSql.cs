using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse.Internal;

/// <summary>
/// The DuckDB schema's visibility rules (schema.sql: <c>record_public</c>, <c>visible_latest</c>,
/// <c>visible_totals</c>) written for ClickHouse 18.16, over the live releases the caller read first: their ids,
/// sources, vintages and lags go into the query as literals (SqlLiteral), so no server joins against its own copy of
/// <c>releases</c> and a release is seen whole or not at all.
/// </summary>
internal static class VisibleSql
{
    /// <summary>
    /// Records visible on a date, one per (source, key): the one published last (its own date, else its release's
    /// vintage, else its period's end plus the source's lag; the latest release on a tie). Columns: <c>source</c>,
    /// <c>key</c>, <c>r</c> = tuple(value_usd, release_id, detail).
    /// </summary>
    public static string Latest(string records, IReadOnlyList<ClickHouseTradeStore.StoredRelease> live, DateOnly? asOf, (int A, int B)? pair) =>
        Latest(records, live, asOf, quantity: false, PairFilter(pair));

    /// <summary>
    /// Product lines visible on a date, one per (source, key), as <see cref="Latest(string, IReadOnlyList{ClickHouseTradeStore.StoredRelease}, DateOnly?, ValueTuple{int, int}?)"/>
    /// but with <c>r</c> = tuple(value_usd, quantity, detail, release_id), of the records <paramref name="filter"/> (<c>AND …</c>, literals only) keeps,
    /// and <c>held</c>: every release holding a revision of the key visible on the date.
    /// </summary>
    public static string LatestLines(string records, IReadOnlyList<ClickHouseTradeStore.StoredRelease> live, DateOnly? asOf, string filter) =>
        Latest(records, live, asOf, quantity: true, $"AND {KeyFields.DigitsSql("key")} > 0 {filter}");

    // The quantity column is read only where asked for: the series and coverage do not need it. With it, the release
    // comes fourth (product years name it), and the releases holding the key follow (product years' HeldBy).
    private static string Latest(string records, IReadOnlyList<ClickHouseTradeStore.StoredRelease> live, DateOnly? asOf, bool quantity, string filter) => $"""
        SELECT source, key, argMax(tuple(value_usd, {(quantity ? "quantity" : "release_id")}, detail{(quantity ? ", release_id" : string.Empty)}), tuple(effective_published, release_id)) AS r
               {(quantity ? ", groupUniqArray(release_id) AS held" : string.Empty)}
        FROM (
            SELECT {SourceOf(live)} AS source, key, value_usd, release_id, detail{(quantity ? ", quantity" : string.Empty)},
                   ifNull({KeyFields.DaySql("published")}, {FallbackPublished(live, KeyFields.PeriodEndDaySql("key"))}) AS effective_published
            FROM {records}
            WHERE release_id IN ({SqlLiteral.List(live.Select(l => l.Summary.Id))}) {filter}
        )
        {(asOf is { } date ? $"WHERE effective_published <= {SqlLiteral.DayNumber(date)}" : string.Empty)}
        GROUP BY source, key
        """;

    /// <summary>
    /// Every record of the live releases that <paramref name="filter"/> (<c>AND …</c>, literals only) keeps and that is
    /// public on the date, each revision apart (export.sql's <c>visible</c>): <c>source</c>, <c>key</c>,
    /// <c>release_id</c>, <c>value_usd</c>, <c>quantity</c>, <c>detail</c>, <c>published</c> and
    /// <c>effective_published</c> (day numbers), <c>source_line</c>.
    /// </summary>
    public static string Revisions(string records, IReadOnlyList<ClickHouseTradeStore.StoredRelease> live, DateOnly? asOf, string filter) => $"""
        SELECT source, key, release_id, value_usd, quantity, detail, published, effective_published, source_line
        FROM (
            SELECT {SourceOf(live)} AS source, key, release_id, value_usd, quantity, detail, {KeyFields.DaySql("published")} AS published, source_line,
                   ifNull({KeyFields.DaySql("published")}, {FallbackPublished(live, KeyFields.PeriodEndDaySql("key"))}) AS effective_published
            FROM {records}
            WHERE release_id IN ({SqlLiteral.List(live.Select(l => l.Summary.Id))}) {filter}
        )
        {(asOf is { } date ? $"WHERE effective_published <= {SqlLiteral.DayNumber(date)}" : string.Empty)}
        """;

    /// <summary>
    /// All-goods totals visible on a date, one per (source, total key): the published total where one is visible,
    /// else the sum of the coarsest level of product lines that may stand for it (schema.sql, <c>summable_level</c>).
    /// Columns: <c>source</c>, <c>total_key</c> (the key with its product bits cleared), <c>value_usd</c>,
    /// <c>lines</c>, <c>digits</c> (0 for a published total).
    /// </summary>
    public static string Totals(string records, IReadOnlyList<ClickHouseTradeStore.StoredRelease> live, DateOnly? asOf, (int A, int B)? pair) => $"""
        SELECT source, bitShiftLeft(group_key, {RecordKey.ProductBits}) AS total_key,
               tupleElement(t, 1) AS value_usd, tupleElement(t, 2) AS lines, tupleElement(t, 3) AS digits
        FROM (
            SELECT source, bitShiftRight(level_key, {RecordKey.ProductDigitsBits}) AS group_key,
                   argMin(tuple(value_usd, lines, bitAnd(level_key, {(1 << RecordKey.ProductDigitsBits) - 1})), level_key) AS t
            FROM (
                SELECT source, bitShiftRight(key, {RecordKey.ProductDigitsShift}) AS level_key, sum(tupleElement(r, 1)) AS value_usd, count() AS lines
                FROM ({Latest(records, live, asOf, pair)})
                GROUP BY source, level_key
                HAVING {Summable($"bitAnd(level_key, {(1 << RecordKey.ProductDigitsBits) - 1})", "lines")}
            )
            GROUP BY source, group_key
        )
        """;

    /// <summary>
    /// The counts of <see cref="Totals"/> for every pair, from one server's level counts (<paramref name="tables"/>'
    /// LocalLevels) rather than its records: each level's visible lines added up per release, which is
    /// their count of distinct keys wherever one release holds them (a release's keys are distinct). Where two live
    /// releases may hold a level (<paramref name="revised"/>: they share a reporter and period), a level two visible
    /// releases hold is their lines less the keys they share (its LocalOverlaps) where every pair of their visible rows
    /// was counted; any other revised level (three releases, or revised before the overlaps were kept) is flagged in
    /// the <c>uncounted</c> column of its total, whose other columns are then not to be read, unless
    /// <paramref name="keyByKey"/>, when those levels are counted key by key from its LocalRecords, as the DuckDB
    /// store's every_visible_total_count does. Columns: <c>source</c>, <c>total_key</c>, <c>lines</c>,
    /// <c>digits</c> (0 for a published total), <c>uncounted</c> (0 or 1).
    /// </summary>
    public static string TotalCounts(StoreTables tables, IReadOnlyList<ClickHouseTradeStore.StoredRelease> live, DateOnly? asOf, bool revised, bool keyByKey)
    {
        // The level states are written out once in the usual case (no level read key by key): each is a grouping of
        // the visible level rows, the statement's main cost; flagging the uncounted levels in the same statement
        // spares a statement that would find them first.
        var parts = (revised, keyByKey) switch
        {
            (false, _) => $"SELECT source, level_key, lines, toUInt8(0) AS uncounted FROM ({LevelSums(tables.LocalLevels, live, asOf)}) WHERE releases = 1",
            (true, false) => $"""
                SELECT source, level_key, multiIf(releases = 1, lines, counted, counted_lines, toUInt64(0)) AS lines, toUInt8(releases > 1 AND NOT counted) AS uncounted
                FROM ({LevelStates(tables, live, asOf)})
                """,
            (true, true) => $"""
                SELECT source, level_key, if(releases = 1, lines, counted_lines) AS lines, toUInt8(0) AS uncounted
                FROM ({LevelStates(tables, live, asOf)}) WHERE releases = 1 OR counted
                UNION ALL
                SELECT source, level_key, toUInt64(uniqExact(key)) AS lines, toUInt8(0) AS uncounted
                FROM (
                    SELECT {SourceNumberOf(live)} AS source, key, bitShiftRight(key, {RecordKey.ProductDigitsShift}) AS level_key,
                           ifNull({KeyFields.DaySql("published")}, {FallbackPublished(live, KeyFields.PeriodEndDaySql("key"))}) AS effective_published
                    FROM {tables.LocalRecords}
                    WHERE release_id IN ({SqlLiteral.List(live.Select(l => l.Summary.Id))})
                )
                WHERE (source, level_key) IN (SELECT source, level_key FROM ({LevelStates(tables, live, asOf)}) WHERE releases > 1 AND NOT counted)
                  {(asOf is { } date ? $"AND effective_published <= {SqlLiteral.DayNumber(date)}" : string.Empty)}
                GROUP BY source, level_key
                """,
        };
        var digits = $"bitAnd(level_key, {(1 << RecordKey.ProductDigitsBits) - 1})";
        return $"""
            SELECT source, bitShiftLeft(group_key, {RecordKey.ProductBits}) AS total_key, tupleElement(t, 1) AS lines, tupleElement(t, 2) AS digits, uncounted_levels AS uncounted
            FROM (
                SELECT source, bitShiftRight(level_key, {RecordKey.ProductDigitsBits}) AS group_key,
                       argMinIf(tuple(lines, {digits}), level_key, uncounted = 0) AS t, max(uncounted) AS uncounted_levels
                FROM ({parts})
                WHERE uncounted = 1 OR {Summable(digits, "lines", numeric: true)}
                GROUP BY source, group_key
            )
            """;
    }

    // Each level's visible rows of release_levels (source, release, level, publication day: -1 for none, the day the
    // overlaps keep them by), with their lines. A count keeps its publication date: a record's own date decides when it is visible.
    private static string VisibleLevelRows(string levels, IReadOnlyList<ClickHouseTradeStore.StoredRelease> live, DateOnly? asOf) => $"""
        SELECT source, release_id, level_key, pub_day, lines
        FROM (
            SELECT {SourceNumberOf(live)} AS source, release_id, level_key, ifNull(toInt32(published), -1) AS pub_day, lines
                   {EffectivePublished(live, asOf, "published", "release_id", "effective_published")}
            FROM {levels}
            WHERE release_id IN ({SqlLiteral.List(live.Select(l => l.Summary.Id))})
        )
        {(asOf is { } date ? $"WHERE effective_published <= {SqlLiteral.DayNumber(date)}" : string.Empty)}
        """;

    // A level row's publication day as an extra column named alias (its own date, else its release's fallback), only when there is a date to compare it with: 18.16 computes a subquery's columns whether or not they
    // are read, and this one's date arithmetic doubled the cost of grouping the level rows (0.29–0.67 s against
    // 0.17–0.26 s, a revised 10 M-line year, load 8–10).
    private static string EffectivePublished(IReadOnlyList<ClickHouseTradeStore.StoredRelease> live, DateOnly? asOf, string published, string release, string alias) =>
        asOf is null ? string.Empty : $", ifNull({KeyFields.DaySql(published)}, {FallbackPublished(live, LevelEndDay, release)}) AS {alias}";

    private static string LevelEndDay => KeyFields.PeriodEndDaySql($"bitShiftLeft(level_key, {RecordKey.ProductDigitsShift})");

    // Each source's visible lines per level key, added up over its releases' counts; how many releases hold them; and,
    // for two, how many pairs of their rows the overlaps must cover (a release has one row per publication date).
    private static string LevelSums(string levels, IReadOnlyList<ClickHouseTradeStore.StoredRelease> live, DateOnly? asOf) => $"""
        SELECT source, level_key, sum(lines) AS lines, count() AS releases, max(n) * min(n) AS pairs
        FROM (
            SELECT source, level_key, release_id, sum(lines) AS lines, count() AS n
            FROM ({VisibleLevelRows(levels, live, asOf)})
            GROUP BY source, level_key, release_id
        )
        GROUP BY source, level_key
        """;

    // LevelSums with, per level, whether it is counted (exactly two releases, every pair of whose visible rows the
    // overlaps counted) and, if so, its lines less the keys the later release shares with the earlier (counted once,
    // so taken off once). An overlap row is of two rows of release_levels (NoteOverlaps), visible when both are: its
    // own dates say so, by the rule VisibleLevelRows applies to theirs, so the level rows are grouped once.
    private static string LevelStates(StoreTables tables, IReadOnlyList<ClickHouseTradeStore.StoredRelease> live, DateOnly? asOf)
    {
        var ids = SqlLiteral.List(live.Select(l => l.Summary.Id));
        var visible = asOf is { } date
            ? $"WHERE effective_published <= {SqlLiteral.DayNumber(date)} AND other_effective_published <= {SqlLiteral.DayNumber(date)}"
            : string.Empty;
        return $"""
            SELECT source, level_key, lines, releases, releases = 2 AND counted_pairs = pairs AS counted, toUInt64(lines - shared) AS counted_lines
            FROM ({LevelSums(tables.LocalLevels, live, asOf)})
            ALL LEFT JOIN (
                SELECT source, level_key, sum(shared) AS shared, count() AS counted_pairs
                FROM (
                    SELECT {SourceNumberOf(live)} AS source, level_key, shared
                           {EffectivePublished(live, asOf, "published", "release_id", "effective_published")}
                           {EffectivePublished(live, asOf, "other_published", "other_release_id", "other_effective_published")}
                    FROM {tables.LocalOverlaps}
                    WHERE release_id IN ({ids}) AND other_release_id IN ({ids})
                )
                {visible}
                GROUP BY source, level_key
            ) USING (source, level_key)
            """;
    }

    // schema.sql's summable_level: a published total, any level of a reconciled source, or chapters when 90 or more
    // of them are there.
    // numeric: the source column is SourceNumberOf's, else SourceOf's.
    private static string Summable(string digits, string lines, bool numeric = false) => $"""
        ({digits} = 0
            OR source IN ({ReconciledSources(numeric)})
            OR ({digits} = 2 AND {lines} >= 90))
        """;

    /// <summary>The reconciled sources as a list of literals: numbers (<see cref="SourceNumberOf"/>) or codes (<see cref="SourceOf"/>).</summary>
    public static string ReconciledSources(bool numeric) =>
        string.Join(", ", SourceKinds.Reconciled.Select(s => numeric ? SqlLiteral.Of((int)s) : SqlLiteral.Of(SourceCatalog.Of(s).Code)));

    /// <summary>
    /// Each live release's source as its <see cref="SourceKind"/> number (UInt8), by its <c>release_id</c> column:
    /// grouping by it costs about half of grouping by the code's String (0.46 against 0.71–0.92 s for the 480,770
    /// level counts of the 100 M-line store, load 13).
    /// </summary>
    public static string SourceNumberOf(IReadOnlyList<ClickHouseTradeStore.StoredRelease> live) =>
        Cases(live.GroupBy(l => l.Summary.Source).Select(g => (g.Select(l => l.Summary.Id), $"toUInt8({SqlLiteral.Of((int)g.Key)})")), "toUInt8(0)");

    /// <summary>Each live release's source code, by its <c>release_id</c> column.</summary>
    public static string SourceOf(IReadOnlyList<ClickHouseTradeStore.StoredRelease> live) =>
        Cases(live.GroupBy(l => l.Summary.Source).Select(g => (g.Select(l => l.Summary.Id), SqlLiteral.Of(SourceCatalog.Of(g.Key).Code))), "''");

    /// <summary>
    /// A release's vintage where it has one, else the period's end plus its source's lag (record_public), as a day
    /// number (<paramref name="periodEndDay"/> one too: KeyFields.PeriodEndDaySql).
    /// </summary>
    public static string FallbackPublished(IReadOnlyList<ClickHouseTradeStore.StoredRelease> live, string periodEndDay, string release = "release_id")
    {
        var dated = live.Where(l => l.Summary.Vintage is not null)
            .Select(l => (Ids: (IEnumerable<int>)[l.Summary.Id], Value: SqlLiteral.DayNumber(l.Summary.Vintage!.Value)));
        var undated = live.Where(l => l.Summary.Vintage is null).GroupBy(l => l.Summary.Source)
            .Select(g => (Ids: g.Select(l => l.Summary.Id), Value: LagDay(periodEndDay, g.Key)));
        return Cases([.. dated, .. undated], "toInt64(0)", release);
    }

    /// <summary>The day a figure of an undated release counts from: its period's end plus the source's lag (a day number).</summary>
    public static string LagDay(string periodEndDay, SourceKind source) =>
        $"({periodEndDay} + {SqlLiteral.Of(SourceCatalog.Of(source).PublicationLagDays)})";

    private static string Cases(IEnumerable<(IEnumerable<int> Ids, string Value)> cases, string otherwise, string release = "release_id")
    {
        var branches = cases.Select(c => $"{release} IN ({SqlLiteral.List(c.Ids)}), {c.Value}").ToList();
        return branches.Count == 0 ? otherwise : $"multiIf({string.Join(", ", branches)}, {otherwise})";
    }

    /// <summary>Rows of a pair in either direction, by their <c>reporter</c> and <c>partner</c> columns: <c>(… OR …)</c>.</summary>
    public static string EitherDirection(int a, int b)
    {
        var (x, y) = (SqlLiteral.Of(a), SqlLiteral.Of(b));
        return $"((reporter = {x} AND partner = {y}) OR (reporter = {y} AND partner = {x}))";
    }

    // Both directions of a pair: two ranges of the primary key.
    public static string PairFilter((int A, int B)? pair) => pair is not { } p ? string.Empty : $"""
        AND (key BETWEEN {SqlLiteral.Of(KeyFields.PairKey(p.A, p.B))} AND {SqlLiteral.Of(KeyFields.PairKey(p.A, p.B) + KeyFields.PairLast)}
             OR key BETWEEN {SqlLiteral.Of(KeyFields.PairKey(p.B, p.A))} AND {SqlLiteral.Of(KeyFields.PairKey(p.B, p.A) + KeyFields.PairLast)})
        """;
}
