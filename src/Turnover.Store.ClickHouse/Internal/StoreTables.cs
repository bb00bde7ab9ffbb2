namespace Turnover.Store.ClickHouse.Internal;

/// <summary>The store's tables, qualified with its database and quoted: the only table names queries use.</summary>
internal sealed class StoreTables(string database)
{
    public string Database { get; } = SqlLiteral.Identifier(database);

    public string DatabaseName { get; } = database;

    public string Records => Database + ".records";

    public string Releases => Database + ".releases";

    public string ReleaseReading => Database + ".release_reading";

    public string SkippedRows => Database + ".skipped_rows";

    public string Discrepancies => Database + ".discrepancies";

    public string StoreMeta => Database + ".store_meta";

    public string PublishedRates => Database + ".published_rates";

    public string RateDisagreements => Database + ".rate_disagreements";

    public string Classifications => Database + ".classifications";

    public string Units => Database + ".units";

    public string ReleasePeriods => Database + ".release_periods";

    /// <summary>The tables with rows per release that are written before its <c>releases</c> row: what a sweep clears.</summary>
    public IReadOnlyList<string> Evidence => [ReleaseReading, SkippedRows, Discrepancies, PublishedRates, RateDisagreements, ReleasePeriods];

    /// <summary>Every table, in the order the schema creates them.</summary>
    public IReadOnlyList<(string Name, string Definition)> Definitions =>
    [
        ("store_meta", $"""
            CREATE TABLE IF NOT EXISTS {StoreMeta} (name String, value String)
            ENGINE = ReplacingMergeTree() ORDER BY name
            """),
        // The DuckDB store's records table in its packed layout (Turnover.Store's RecordKey and RecordDetail). A
        // release's rows are whole partitions, so staging is undone by dropping one; a pair is one key range of the
        // primary index, and a key's vintages sit together.
        ("records", $"""
            CREATE TABLE IF NOT EXISTS {Records} (
                release_id  Int32,
                key         Int64,
                value_usd   Decimal(18, 2),
                quantity    Nullable(Float64),
                detail      Int32,
                published   Nullable(Date),
                source_line Int64
            ) ENGINE = MergeTree() PARTITION BY release_id ORDER BY (key, release_id)
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
                conversion_rates  Nullable(String)
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
        // Which reporters, periods and editions each release's records are of (schema.sql's release_periods, schema 2
        // here): written with the release's records, so that the edition check and revision dating read a few rows
        // per release instead of the records. period is the key's period fields as one number; edition the product
        // line's classification id (0: not known), NULL for a total.
        ("release_periods", $"""
            CREATE TABLE IF NOT EXISTS {ReleasePeriods} (release_id Int32, reporter Int16, period Int32, edition Nullable(Int16))
            ENGINE = MergeTree() ORDER BY (release_id, reporter, period)
            """),
    ];
}
