using System.Globalization;
using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse;

public sealed partial class ClickHouseTradeStore
{
    /// <summary>
    /// The schema version this code writes and reads (store_meta); its own numbering, apart from the DuckDB store's.
    /// 2: records keep their quantity unit and HS edition (classifications, units), and release_periods.
    /// </summary>
    internal const int CurrentSchemaVersion = 2;

    // Every statement is idempotent, so a writable open runs them all.
    private void CreateSchema()
    {
        _server.Execute($"CREATE DATABASE IF NOT EXISTS {Tables.Database}");
        foreach (var (_, definition) in Tables.Definitions)
        {
            _server.Execute(definition);
        }

        var stored = StoredSchemaVersion();
        if (stored > CurrentSchemaVersion)
        {
            throw new StoreException($"the store at {Path} has schema version {stored}, newer than this version of turnover reads ({CurrentSchemaVersion}).");
        }

        if (stored == 1)
        {
            // Schema 1 kept no editions: its product lines are of an edition not known (0), as a renamed BACI file's.
            FillReleasePeriods($"(SELECT release_id FROM {Tables.Releases})");
        }

        if (stored < CurrentSchemaVersion)
        {
            _server.Execute($"INSERT INTO {Tables.StoreMeta} VALUES ({SqlLiteral.Of("schema_version")}, {SqlLiteral.Of(CurrentSchemaVersion.ToString(CultureInfo.InvariantCulture))})");
        }
    }

    // A query never creates a store: an empty database would only answer "no data" for a mistyped URL.
    private void RequireSchema()
    {
        var present = _server.Rows(
            $"SELECT name FROM system.tables WHERE database = {SqlLiteral.Of(Tables.DatabaseName)}").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        if (Tables.Definitions.Any(t => !present.Contains(t.Name)))
        {
            throw new StoreException($"no store at {Path}; run 'turnover ingest --store {Path}' first.");
        }

        var stored = StoredSchemaVersion();
        if (stored != CurrentSchemaVersion)
        {
            throw new StoreException($"the store at {Path} has schema version {stored}; this version of turnover reads {CurrentSchemaVersion} (open it writable once to upgrade an older one).");
        }
    }

    private int StoredSchemaVersion()
    {
        var rows = _server.Rows($"SELECT max(toInt32(value)) FROM {Tables.StoreMeta} WHERE name = 'schema_version'");
        return rows.Count == 0 || rows[0][0] is null ? 0 : int.Parse(rows[0][0]!, CultureInfo.InvariantCulture);
    }

    // What an interrupted ingest staged: records (whole partitions) and rows of the small tables whose release row
    // was never written. Dropped here, so that re-running the ingest stores the file again from the start.
    private long Sweep()
    {
        var published = $"(SELECT release_id FROM {Tables.Releases})";
        long swept = 0;
        foreach (var row in _server.Rows($"SELECT release_id, count() FROM {Tables.Records} WHERE release_id NOT IN {published} GROUP BY release_id ORDER BY release_id"))
        {
            var id = int.Parse(row[0]!, CultureInfo.InvariantCulture);
            DropStaged(id);
            swept += long.Parse(row[1]!, CultureInfo.InvariantCulture);
        }

        foreach (var table in Tables.Evidence)
        {
            var orphans = _server.Rows($"SELECT DISTINCT release_id FROM {table} WHERE release_id NOT IN {published}")
                .Select(r => int.Parse(r[0]!, CultureInfo.InvariantCulture)).ToList();
            if (orphans.Count > 0)
            {
                DeleteRows(table, orphans);
            }
        }

        return swept;
    }

    // A staged release's records are one partition (PARTITION BY release_id): dropped at once, synchronously.
    private void DropStaged(int releaseId) =>
        _server.Execute($"ALTER TABLE {Tables.Records} DROP PARTITION {SqlLiteral.Of(releaseId)}");

    // Small tables: a mutation, waited for (18.16 runs them in the background), so that a sweep is done when the open returns.
    private void DeleteRows(string table, IReadOnlyList<int> releaseIds)
    {
        _server.Execute($"ALTER TABLE {table} DELETE WHERE release_id IN ({SqlLiteral.List(releaseIds)})");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_server.Rows($"SELECT count() FROM {table} WHERE release_id IN ({SqlLiteral.List(releaseIds)})") is [[var left, ..]] && left != "0")
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new StoreException($"ClickHouse at {Path} did not finish deleting an interrupted ingest's rows from {table} within 30 s.");
            }

            Thread.Sleep(50);
        }
    }
}
