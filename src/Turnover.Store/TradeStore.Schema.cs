using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    /// <summary>
    /// The schema version schema.sql creates, kept in <c>store_meta</c>. A writable open runs schema.sql (and any
    /// migration) only when the file's version is older or its schema fingerprint differs (the filled-in text and the
    /// source catalogue, <c>s_schemaFingerprint</c>), so raise this whenever schema.sql changes
    /// (SchemaVersionTests fails until it is). 1: one column per record field; 2: packed records; 3: store_meta; 4: user_targets;
    /// 5: a release is its bytes and how they were read (identity_hash, release_reading), retractions; 6: published_rates,
    /// rate_disagreements; 7: sources (from Core's SourceCatalog) replaces source_lags, a release's currency conversion
    /// as fields (conversion_from, conversion_rates), undated revisions of older stores dated (migrate_v6.sql); 8: saved_articles,
    /// saved_claims and watched_verdicts (claims --save, watch), empty in older stores; 9: watched figures and rates widened
    /// to DECIMAL(38, x) (migrated in place); 10: stated_figures
    /// (figures with their quotes, pages and attribution), empty in older stores; 11: breakdowns (Comtrade's customs
    /// procedure, mode of transport and second partner, apart from the totals), empty in older stores, whose releases
    /// read with breakdowns included get a note (migrate_v10.sql); 12: commodities (the names of product lines of
    /// classifications that are not the HS, such as FAO's), empty in older stores; 13: release_periods (each release's
    /// reporters, periods and editions, so that a load's edition and revision checks read no records), filled from the
    /// records of older stores (migrate_v12.sql); 14: release_levels (each release's lines counted per level key and
    /// publication date, which coverage of every pair reads instead of the records), filled likewise (migrate_v13.sql);
    /// 15: release_levels' value sums (value_usd), from which a pair's series and coverage are read
    /// (visible_pair_totals), filled by running migrate_v13.sql again; 16: release_overlaps (the keys a release shares
    /// with the earlier releases it revises, counted by its load, so that coverage of every pair counts a revised level
    /// without its records), empty in older stores, whose revised levels are counted from the records as before; 17:
    /// releases.updated_on (the day a file says its figures were last updated, Wind's Update row), NULL in older stores.
    /// </summary>
    internal const int CurrentSchemaVersion = 17;

    // What schema.sql ran as: its text with the placeholders filled, and the source catalogue it fills the sources table
    // with. A store whose fingerprint differs (same version, but another key layout, flow code or catalogue) runs it again.
    private static readonly Lazy<string> s_schemaFingerprint = new(() =>
    {
        var text = new StringBuilder(Sql("schema"));
        foreach (var source in SourceCatalog.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{(int)source.Kind}\t{source.Code}\t{source.DisplayName}\t{source.ReaderFormat}\t{source.PublicationLagDays}")
                .Append(CultureInfo.InvariantCulture, $"\t{source.ExportsValuation}\t{source.ImportsValuation}\t{source.Reconciled}\t{source.ConvertsCurrency}");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    });

    // The schema version of the open file: 0 for a new file or one written before store_meta existed.
    private int SchemaVersion()
    {
        var hasMeta = Scalar<long>(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'store_meta'") > 0;
        return hasMeta && Meta("schema_version") is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : 0;
    }

    // True when the file ran this build's schema text and source catalogue (its version already checked).
    private bool SchemaIsCurrent() => Meta("schema") == s_schemaFingerprint.Value;

    private string? Meta(string name) => Scalar<string>("SELECT value FROM store_meta WHERE name = ?", name);

    private void SetMeta(string name, string value) => Execute("INSERT OR REPLACE INTO store_meta VALUES (?, ?)", name, value);

    // A writable open: schema work only for an older file (or another schema text or source catalogue), countries only
    // when the catalogue changed, and the sweep.
    private void Prepare()
    {
        var version = SchemaVersion();
        if (version > CurrentSchemaVersion)
        {
            throw new StoreException(Internal.StoreMessages.Newer(Path, version, CurrentSchemaVersion));
        }

        if (version < CurrentSchemaVersion || !SchemaIsCurrent())
        {
            Migrate(version);
        }

        SyncCountries(CountryCatalog.Default);
        SweptRecords = SweepDangling();
    }

    // Stores written before records were packed still hold one column per field: their rows move to the packed
    // table in the same transaction that creates it. Every statement of schema.sql is idempotent, so a store of any
    // earlier version (or fingerprint) is brought up to date by running it again; the sources table is rewritten from
    // the catalogue each time.
    private void Migrate(int version)
    {
        var unpacked = Scalar<long>(
            "SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'records' AND column_name = 'reporter'") > 0;
        // Releases whose content_hash is UNIQUE (schema 4 and older) are rebuilt without it: the same bytes may now be
        // stored again when read another way.
        var uniqueBytes = Scalar<long>(
            "SELECT count(*) FROM duckdb_constraints() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'releases' AND constraint_type = 'UNIQUE' AND list_contains(constraint_column_names, 'content_hash')") > 0;
        using var transaction = _connection.BeginTransaction();
        if (unpacked)
        {
            Execute("ALTER TABLE records RENAME TO records_v1");
        }

        if (uniqueBytes)
        {
            Execute("ALTER TABLE releases RENAME TO releases_v4");
        }

        Execute(Sql("schema"));
        if (unpacked)
        {
            Execute(Sql("migrate_v1"));
        }

        if (uniqueBytes)
        {
            Execute(Sql("migrate_v4"));
        }

        FillSources();
        if (version is > 0 and < 7)
        {
            FillConversions();
            Execute(Sql("migrate_v6"));
        }

        if (version is > 0 and < 9)
        {
            // Schema 8 held a watched figure and rate as DECIMAL(18, 2) and (9, 3): a year's total of accepted outliers,
            // or a rate computed from a tiny base, failed the watch as a "damaged" store.
            Execute("ALTER TABLE watched_verdicts ALTER figure_usd TYPE DECIMAL(38, 2); ALTER TABLE watched_verdicts ALTER growth_pct TYPE DECIMAL(38, 3)");
        }

        if (version is > 0 and < 11)
        {
            Execute(Sql("migrate_v10"));
        }

        // Version 0 too: a store written before store_meta existed holds records (a new file holds none).
        if (version < 13)
        {
            Execute(Sql("migrate_v12"));
        }

        // Schema 14 stores have the counts but not the sums: both are written again. Bounded as a load is (one
        // aggregate over every record: unbounded, the 250 M-line store's took 3 GiB), so that it spills instead.
        if (version < 15)
        {
            using var memory = Path == InMemory ? null : new TemporarySetting(this, "memory_limit", LoadMemoryLimit);
            Execute(Sql("migrate_v13"));
        }

        SetMeta("schema_version", CurrentSchemaVersion.ToString(CultureInfo.InvariantCulture));
        SetMeta("schema", s_schemaFingerprint.Value);
        transaction.Commit();
    }

    // Before schema 7 only a release's note said how its values were converted: the note is read back once.
    private void FillConversions()
    {
        var notes = new List<(int Id, string Note)>();
        using (var command = Command("SELECT release_id, note FROM releases WHERE conversion_from IS NULL"))
        using (var reader = command.ExecuteReader())
        {
            int id = reader.Column("release_id"), note = reader.Column("note");
            while (reader.Read())
            {
                notes.Add((reader.GetInt32(id), reader.GetString(note)));
            }
        }

        foreach (var (id, note) in notes)
        {
            if (CurrencyConversion.FromNote(note) is { } conversion)
            {
                Execute("UPDATE releases SET conversion_from = ?, conversion_rates = ? WHERE release_id = ?", conversion.From.Code, conversion.RatesFile, id);
            }
        }
    }

    // A release's conversion from its fields (columns resolved by name once per result set).
    private static CurrencyConversion? Conversion(System.Data.Common.DbDataReader reader, int fromColumn, int ratesColumn) =>
        reader.IsDBNull(fromColumn)
            ? null
            : new CurrencyConversion(new Currency(reader.GetString(fromColumn)), reader.IsDBNull(ratesColumn) ? null : reader.GetString(ratesColumn));

    // One row per declared source, so none can be missing (a missing lag once made its figures silently invisible).
    private void FillSources()
    {
        Execute("DELETE FROM sources");
        foreach (var source in SourceCatalog.All)
        {
            Execute(
                "INSERT INTO sources (source, kind, name, reader_format, lag_days, exports_valuation, imports_valuation, reconciled, converts_currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                source.Code, (int)source.Kind, source.DisplayName, source.ReaderFormat, source.PublicationLagDays,
                source.ExportsValuation.ToString(), source.ImportsValuation.ToString(), source.Reconciled, source.ConvertsCurrency);
        }
    }

    // The countries table is for ad-hoc SQL; it is rewritten only when the catalogue's content changed.
    private void SyncCountries(CountryCatalog catalog)
    {
        var fingerprint = Fingerprint(catalog);
        if (Meta("countries") == fingerprint)
        {
            return;
        }

        using var transaction = _connection.BeginTransaction();
        Execute("DELETE FROM countries");
        using (var appender = _connection.CreateAppender("countries"))
        {
            foreach (var country in catalog.All)
            {
                var info = country.Info;
                appender.CreateRow()
                    .AppendValue((short)info.Code)
                    .AppendValue(info.Name)
                    .AppendValue(info.FullName)
                    .AppendValue(info.Iso2)
                    .AppendValue(info.Iso3)
                    .EndRow();
            }
        }

        SetMeta("countries", fingerprint);
        transaction.Commit();
    }

    private static string Fingerprint(CountryCatalog catalog)
    {
        var text = new StringBuilder();
        foreach (var country in catalog.All)
        {
            var info = country.Info;
            text.Append(CultureInfo.InvariantCulture, $"{info.Code}\t{info.Name}\t{info.FullName}\t{info.Iso2}\t{info.Iso3}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    // What a load writes beside its records, keyed by release: swept with them.
    private static readonly string[] s_evidenceTables = ["skipped_rows", "discrepancies", "release_reading", "published_rates", "rate_disagreements", "stated_figures", "breakdowns", "release_periods", "release_levels", "release_overlaps"];

    // Records (and evidence) whose release row is missing. A load writes them and its release row in one transaction,
    // yet one ingest killed at its commit in 34 left 2.9 M of them: DuckDB writes large appends to the file before the
    // commit, and its crash recovery is the likely culprit (duckdb/duckdb#25931; README, "turnover store vacuum").
    // Queries never see them (they join releases); a writable open deletes them, and no other process can be loading
    // meanwhile, because a writable open has the file alone.
    private long SweepDangling()
    {
        var dangling = CountDangling();
        var strayEvidence = Scalar<long>("SELECT " + string.Join(" + ", s_evidenceTables.Select(t => $"(SELECT count(*) FROM {t} WHERE release_id NOT IN (SELECT release_id FROM releases))")));
        if (dangling == 0 && strayEvidence == 0)
        {
            return 0;
        }

        using var transaction = _connection.BeginTransaction();
        Execute("DELETE FROM records WHERE release_id NOT IN (SELECT release_id FROM releases)");
        foreach (var table in s_evidenceTables)
        {
            Execute($"DELETE FROM {table} WHERE release_id NOT IN (SELECT release_id FROM releases)");
        }

        transaction.Commit();
        return dangling;
    }

    private long CountDangling() =>
        Scalar<long>("SELECT count(*) FROM records WHERE release_id NOT IN (SELECT release_id FROM releases)");
}
