using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Turnover.Core;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    /// <summary>
    /// The schema version schema.sql creates, kept in <c>store_meta</c>. A writable open runs schema.sql (and any
    /// migration) only when the file's version is older, so raise this whenever schema.sql changes
    /// (SchemaVersionTests fails until it is). 1: one column per record field; 2: packed records; 3: store_meta; 4: user_targets;
    /// 5: a release is its bytes and how they were read (identity_hash, release_reading), retractions; 6: published_rates,
    /// rate_disagreements; 7: a release's currency conversion as fields (conversion_from, conversion_rates), undated
    /// revisions of older stores dated.
    /// </summary>
    internal const int CurrentSchemaVersion = 7;

    // The schema version of the open file: 0 for a new file or one written before store_meta existed.
    private int SchemaVersion()
    {
        var hasMeta = Scalar<long>(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'store_meta'") > 0;
        return hasMeta && Meta("schema_version") is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : 0;
    }

    private string? Meta(string name) => Scalar<string>("SELECT value FROM store_meta WHERE name = ?", name);

    private void SetMeta(string name, string value) => Execute("INSERT OR REPLACE INTO store_meta VALUES (?, ?)", name, value);

    // A writable open: schema work only for an older file, countries only when the catalogue changed, and the sweep.
    private void Prepare()
    {
        var version = SchemaVersion();
        if (version > CurrentSchemaVersion)
        {
            throw new StoreException(Internal.StoreMessages.Newer(Path, version, CurrentSchemaVersion));
        }

        if (version < CurrentSchemaVersion)
        {
            Migrate(version);
        }

        SyncCountries(CountryCatalog.Default);
        SweptRecords = SweepDangling();
    }

    // Stores written before records were packed still hold one column per field: their rows move to the packed
    // table in the same transaction that creates it. Every statement of schema.sql is idempotent, so a store of any
    // earlier version is brought up to date by running it again.
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

        Execute(ReadSql("schema"));
        if (unpacked)
        {
            Execute(ReadSql("migrate_v1"));
        }

        if (uniqueBytes)
        {
            Execute(ReadSql("migrate_v4"));
        }

        if (version is > 0 and < 7)
        {
            FillConversions();
            Execute(ReadSql("migrate_v6"));
        }

        SetMeta("schema_version", CurrentSchemaVersion.ToString(CultureInfo.InvariantCulture));
        transaction.Commit();
    }

    // Before schema 7 only a release's note said how its values were converted: the note is read back once.
    private void FillConversions()
    {
        var notes = new List<(int Id, string Note)>();
        using (var command = Command("SELECT release_id, note FROM releases WHERE conversion_from IS NULL"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                notes.Add((reader.GetInt32(0), reader.GetString(1)));
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

    // A release's conversion from its fields, read by name (the SELECTs that carry them differ).
    private static CurrencyConversion? Conversion(System.Data.Common.DbDataReader reader)
    {
        var from = reader.GetOrdinal("conversion_from");
        if (reader.IsDBNull(from))
        {
            return null;
        }

        var rates = reader.GetOrdinal("conversion_rates");
        return new CurrencyConversion(new Currency(reader.GetString(from)), reader.IsDBNull(rates) ? null : reader.GetString(rates));
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
    private static readonly string[] s_evidenceTables = ["skipped_rows", "discrepancies", "release_reading", "published_rates", "rate_disagreements"];

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
