namespace Turnover.Store.ClickHouse.Internal;

/// <summary>
/// The store's tables, qualified with its database and quoted: the only table names queries use. On a cluster
/// (<paramref name="cluster"/> not null) <see cref="Records"/> is a Distributed table on the entry server over
/// <see cref="LocalRecords"/> on every shard; on one server they are the same MergeTree table.
/// </summary>
internal sealed class StoreTables(string database, string? cluster)
{
    public string Database { get; } = SqlLiteral.Identifier(database);

    public string DatabaseName { get; } = database;

    /// <summary>The records as queries read them and loads insert them: every shard's, on a cluster.</summary>
    public string Records => Database + ".records";

    /// <summary>One server's own records: what partition drops and mutations change, on each shard.</summary>
    public string LocalRecords => cluster is null ? Records : Database + "." + LocalRecordsName;

    /// <summary>The unqualified name of <see cref="LocalRecords"/> (system.mutations names tables so).</summary>
    public string LocalRecordsName => cluster is null ? "records" : "records_local";

    public string? Cluster => cluster;

    /// <summary>
    /// One server's own release_levels (each shard's on a cluster, beside its records): every release's lines of that
    /// server counted per level key and publication date (schema 3), which coverage of every pair reads instead of
    /// the records. Per shard, because it is made from, read beside and dropped with the shard's own records.
    /// </summary>
    public string LocalLevels => Database + "." + LocalLevelsName;

    /// <summary>The unqualified name of <see cref="LocalLevels"/>.</summary>
    public string LocalLevelsName => cluster is null ? "release_levels" : "release_levels_local";

    /// <summary>
    /// As the DuckDB store's release_levels (schema.sql): level_key is a record key shifted right by
    /// <c>RecordKey.ProductDigitsShift</c> (the total's key and the product level), lines the release's records of it
    /// with that publication date. Partitioned by release like the records, so that a staged release's rows go with
    /// one partition drop; ordered by level key, so that each server groups its levels in order.
    /// </summary>
    public string LevelsDefinition => $"""
        CREATE TABLE IF NOT EXISTS {LocalLevels} (release_id Int32, level_key Int64, published Nullable(Date), lines UInt64)
        ENGINE = MergeTree() PARTITION BY release_id ORDER BY (level_key, release_id)
        """;

    /// <summary>
    /// One server's own release_overlaps (schema 7; the DuckDB store's schema 16): per level key and pair of rows of
    /// <see cref="LocalLevels"/> of a revising release and an earlier live release of its source, how many keys the two
    /// share on this server (0 where none: a missing pair means "not counted", as in a store revised before schema 7).
    /// Written by the later release's load, partitioned by it like its records and counts, and dropped with them.
    /// </summary>
    public string LocalOverlaps => Database + "." + (cluster is null ? "release_overlaps" : "release_overlaps_local");

    /// <summary>The definition of <see cref="LocalOverlaps"/>.</summary>
    public string OverlapsDefinition => $"""
        CREATE TABLE IF NOT EXISTS {LocalOverlaps} (
            release_id Int32, other_release_id Int32, level_key Int64, published Nullable(Date), other_published Nullable(Date), shared UInt64)
        ENGINE = MergeTree() PARTITION BY release_id ORDER BY (level_key, release_id)
        """;

    /// <summary>
    /// The shards' records table on a cluster: the one-server records table under another name. Sharded by the
    /// unordered reporter–partner pair (docs/clickhouse.md, "A sharded cluster"), so every release's rows of a key,
    /// and both directions of a pair, are on one shard: what lets revision dating run on each shard's own rows, and a
    /// pair's series read one shard's key range.
    /// </summary>
    public string LocalRecordsDefinition => RecordsDefinition(LocalRecords);

    public string Releases => Database + ".releases";

    public string ReleaseReading => Database + ".release_reading";

    public string SkippedRows => Database + ".skipped_rows";

    public string Discrepancies => Database + ".discrepancies";

    public string StoreMeta => Database + ".store_meta";

    public string PublishedRates => Database + ".published_rates";

    public string StatedFigures => Database + ".stated_figures";

    public string Breakdowns => Database + ".breakdowns";

    public string RateDisagreements => Database + ".rate_disagreements";

    public string Classifications => Database + ".classifications";

    public string Units => Database + ".units";

    public string Commodities => Database + ".commodities";

    public string ReleasePeriods => Database + ".release_periods";

    public string UserTargets => Database + ".user_targets";

    public string SavedArticles => Database + ".saved_articles";

    public string SavedClaims => Database + ".saved_claims";

    public string WatchedVerdicts => Database + ".watched_verdicts";

    /// <summary>The tables with rows per release that are written before its <c>releases</c> row: what a sweep clears.</summary>
    public IReadOnlyList<string> Evidence => [ReleaseReading, SkippedRows, Discrepancies, PublishedRates, RateDisagreements, ReleasePeriods, StatedFigures, Breakdowns];

    /// <summary>
    /// The unordered reporter–partner pair of a key (its reporter and partner fields, RecordKey), hashed: the
    /// Distributed table's sharding key.
    /// </summary>
    public static string ShardingKey =>
        $"intHash64(least({KeyFields.ReporterSql("key")}, {KeyFields.PartnerSql("key")}) * 1024 + greatest({KeyFields.ReporterSql("key")}, {KeyFields.PartnerSql("key")}))";

    private static string RecordsDefinition(string table) => $"""
        CREATE TABLE IF NOT EXISTS {table} (
            release_id  Int32,
            key         Int64,
            value_usd   Decimal(18, 2),
            quantity    Nullable(Float64),
            detail      Int32,
            published   Nullable(Date),
            source_line Int64
        ) ENGINE = MergeTree() PARTITION BY release_id ORDER BY (key, release_id)
        """;

    /// <summary>Every table of the entry server (the one server, or the cluster's entry), in the order the schema creates them.</summary>
    public IReadOnlyList<(string Name, string Definition)> Definitions =>
    [
        ("store_meta", $"""
            CREATE TABLE IF NOT EXISTS {StoreMeta} (name String, value String)
            ENGINE = ReplacingMergeTree() ORDER BY name
            """),
        // The DuckDB store's records table in its packed layout (Turnover.Store's RecordKey and RecordDetail). A
        // release's rows are whole partitions, so staging is undone by dropping one; a pair is one key range of the
        // primary index, and a key's vintages sit together.
        ("records", cluster is null ? RecordsDefinition(Records) : $"""
            CREATE TABLE IF NOT EXISTS {Records} AS {LocalRecords}
            ENGINE = Distributed({SqlLiteral.Identifier(cluster)}, {Database}, {LocalRecordsName}, {ShardingKey})
            """),
        // One row per release and revision: a retraction writes the row again with revision + 1 (read with FINAL).
        // Times are .NET ticks (UTC): 18.16's DateTime holds whole seconds, and the DuckDB store keeps microseconds.
        ("releases", $"""
            CREATE TABLE IF NOT EXISTS {Releases} (
                release_id        Int32,
                revision          UInt32,
                source            String,
                format            String,
                dataset           String,
                file_name         String,
                content_hash      String,
                vintage           Nullable(Date),
                ingested_at_ticks Int64,
                rows_read         Int64,
                rows_stored       Int64,
                note              String,
                identity_hash     Nullable(String),
                retracted_at_ticks Nullable(Int64),
                retraction_reason Nullable(String),
                conversion_from   Nullable(String),
                conversion_rates  Nullable(String),
                updated_on        Nullable(Date)
            ) ENGINE = ReplacingMergeTree(revision) ORDER BY release_id
            """),
        ("release_reading", $"""
            CREATE TABLE IF NOT EXISTS {ReleaseReading} (release_id Int32, position Int32, name String, label String, fingerprint String)
            ENGINE = MergeTree() ORDER BY (release_id, position)
            """),
        ("skipped_rows", $"""
            CREATE TABLE IF NOT EXISTS {SkippedRows} (release_id Int32, reason String, row_count Int64)
            ENGINE = MergeTree() ORDER BY (release_id, reason)
            """),
        ("discrepancies", $"""
            CREATE TABLE IF NOT EXISTS {Discrepancies} (
                release_id Int32, position Int32, reporter Int16, partner Int16, flow UInt8, period String,
                chosen_usd Decimal(18, 2), chosen_evidence String, other_usd Decimal(18, 2), other_evidence String, reason String
            ) ENGINE = MergeTree() ORDER BY (release_id, position)
            """),
        // Growth rates as the publisher printed them, one per release and row (schema.sql's published_rates).
        ("published_rates", $"""
            CREATE TABLE IF NOT EXISTS {PublishedRates} (
                release_id Int32, position Int32, reporter Int16, partner Int16, flow UInt8, year Int16, start_month UInt8, months UInt8,
                rate_pct Decimal(9, 3), published Nullable(Date), source_line Int64, evidence String
            ) ENGINE = MergeTree() ORDER BY (release_id, position)
            """),
        ("rate_disagreements", $"""
            CREATE TABLE IF NOT EXISTS {RateDisagreements} (
                release_id Int32, position Int32, reporter Int16, partner Int16, flow UInt8, period String,
                chosen_pct Decimal(9, 3), chosen_evidence String, other_pct Decimal(9, 3), other_evidence String, reason String
            ) ENGINE = MergeTree() ORDER BY (release_id, position)
            """),
        // Figures as news pages stated them, with their words and pages (schema.sql's stated_figures, schema 5 here), staged
        // with the release. A span the page gives only approximately is start_month and months 0 (DuckDB: NULL), so
        // that they can be grouped and ordered without Nullable keys.
        ("stated_figures", $"""
            CREATE TABLE IF NOT EXISTS {StatedFigures} (
                release_id Int32, reporter Int16, partner Int16, flow UInt8, year Int16, start_month UInt8, months UInt8,
                value_usd Nullable(Decimal(18, 2)), rate_pct Nullable(Decimal(9, 3)), coverage String, attribution String,
                attribution_note String, evidence String, quote String, source_line Int64
            ) ENGINE = MergeTree() ORDER BY (release_id, source_line)
            """),
        // Parts of reported totals (Comtrade read with --include-breakdowns; schema.sql's breakdowns, schema 5 here), staged
        // with the release: key is the total's key, so no query over records ever adds a total to its parts.
        ("breakdowns", $"""
            CREATE TABLE IF NOT EXISTS {Breakdowns} (
                release_id Int32, key Int64, customs_code String, customs_desc String, transport_code String, transport_desc String,
                partner2_code String, partner2_desc String, value_usd Decimal(18, 2), quantity Nullable(Float64), quantity_unit Nullable(String),
                source_line Int64
            ) ENGINE = MergeTree() ORDER BY (release_id, key)
            """),
        // The DuckDB store's code tables (schema.sql): the HS editions and quantity units that records' detail bits
        // name by id (Turnover.Store's RecordDetail and CodeTable). A name is written before the release that first
        // uses it is published; one left by a load that failed names nothing and keeps its id for the next.
        ("classifications", $"""
            CREATE TABLE IF NOT EXISTS {Classifications} (id Int16, name String)
            ENGINE = ReplacingMergeTree() ORDER BY id
            """),
        ("units", $"""
            CREATE TABLE IF NOT EXISTS {Units} (id Int16, name String)
            ENGINE = ReplacingMergeTree() ORDER BY id
            """),
        // Commodities of classifications that are not the HS (FAO's), known by name (schema.sql's commodities, schema 6
        // here): a record of one has product digits 7 and this table's id as its product code, written as the code
        // tables are. Empty in older stores, which could hold none.
        ("commodities", $"""
            CREATE TABLE IF NOT EXISTS {Commodities} (id Int16, name String)
            ENGINE = ReplacingMergeTree() ORDER BY id
            """),
        // Which reporters, periods and editions each release's records are of (schema.sql's release_periods, schema 2
        // here): written with the release's records, so that the edition check and revision dating read a few rows
        // per release instead of the records. period is the key's period fields as one number; edition the product
        // line's classification id (0: not known), NULL for a total.
        ("release_periods", $"""
            CREATE TABLE IF NOT EXISTS {ReleasePeriods} (release_id Int32, reporter Int16, period Int32, edition Nullable(Int16))
            ENGINE = MergeTree() ORDER BY (release_id, reporter, period)
            """),
        // Targets users registered (schema.sql's user_targets), as a log: each add and each removal is a row with the
        // next sequence number, and a name's last row says whether it stands (removed = 1: it does not). ClickHouse has
        // no unique key and 18.16 deletes only by background mutation, so appending keeps an add or a removal one
        // immediate, atomic INSERT. announced_on as a day number: a Date holds no day before 1970.
        ("user_targets", $"""
            CREATE TABLE IF NOT EXISTS {UserTargets} (
                seq Int64, name String, removed UInt8, first_country Int16, second_country Int16, metric String,
                amount_usd Decimal(18, 2), basis String, from_year Int16, deadline_year Int16, baseline_year Nullable(Int16),
                announced_by String, announced_on Int32, source String, note String, added_at_ticks Int64
            ) ENGINE = MergeTree() ORDER BY seq
            """),
        // What 'turnover claims --save' keeps (schema.sql's saved_articles and saved_claims, schema 4 here): an article
        // once per source, date and text; a claim once per article source, date, sentence, span, kind and flow. Dates as
        // day numbers, times as .NET ticks (to the microsecond, as DuckDB keeps them).
        ("saved_articles", $"""
            CREATE TABLE IF NOT EXISTS {SavedArticles} (
                article_id Int32, source String, article_date Int32, language String, text_hash String, text String, saved_at_ticks Int64
            ) ENGINE = MergeTree() ORDER BY article_id
            """),
        ("saved_claims", $"""
            CREATE TABLE IF NOT EXISTS {SavedClaims} (
                claim_id Int32, article_id Int32, source String, article_date Int32, sentence String, span_start Int32, span_length Int32,
                kind String, reporter Nullable(Int16), partner Nullable(Int16), flow String, period Nullable(String), amount Nullable(String),
                amount_usd Nullable(Decimal(18, 2)), bound Nullable(String), growth_pct Nullable(Decimal(9, 3)), language String, saved_at_ticks Int64
            ) ENGINE = MergeTree() ORDER BY claim_id
            """),
        // The last verdict of each watched subject, as a log: recording appends, a subject's last row (by seq) is its verdict.
        ("watched_verdicts", $"""
            CREATE TABLE IF NOT EXISTS {WatchedVerdicts} (
                seq Int64, subject String, verdict String, figure_usd Nullable(Decimal(38, 2)), growth_pct Nullable(Decimal(38, 3)),
                probability Nullable(Float64), last_release Int32, recorded_at_ticks Int64
            ) ENGINE = MergeTree() ORDER BY seq
            """),
    ];
}
