using System.Globalization;
using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse;

public sealed partial class ClickHouseTradeStore
{
    /// <summary>
    /// The schema version this code writes and reads (store_meta); its own numbering, apart from the DuckDB store's.
    /// 2: records keep their quantity unit and HS edition (classifications, units), and release_periods; 3:
    /// release_levels on every server with records (each release's lines per level key and publication date, which
    /// coverage of every pair reads), filled from the records of older stores on their first writable open; 4:
    /// user_targets, saved_articles, saved_claims and watched_verdicts (targets users register, claims --save, watch); 5:
    /// stated_figures (figures as news pages stated them, such as Russia's side of Russia–China trade) and breakdowns
    /// (parts of reported totals: Comtrade's customs procedure, mode of transport and second partner); 6: commodities
    /// (the names of product lines of classifications that are not the HS, FAO's; an older store held none, so the new
    /// table starts empty); 7: release_overlaps on every server with records (the keys a revising release shares with
    /// each earlier one, per level, so that coverage of every pair counts a revised year without its records; an
    /// older store's revisions are not counted there and are read from the records as before); 8: releases.updated_on
    /// (the day a file says its figures were last updated, Wind's Update row), added to an older store's table, NULL there.
    /// </summary>
    internal const int CurrentSchemaVersion = 8;

    // Every statement is idempotent, so a writable open runs them all.
    // On a cluster the shards' local records tables come first: the entry's Distributed table is made AS one of them.
    private void CreateSchema()
    {
        RequireOneEntry();
        foreach (var shard in _shards.Servers)
        {
            shard.Execute($"CREATE DATABASE IF NOT EXISTS {Tables.Database}");
            if (Tables.Cluster is not null)
            {
                shard.Execute(Tables.LocalRecordsDefinition);
            }

            shard.Execute(Tables.LevelsDefinition);
            shard.Execute(Tables.OverlapsDefinition);
        }

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

        // Schema 8's column, in a releases table made before it (CREATE … IF NOT EXISTS left that one as it was).
        if (_server.Rows($"""
                SELECT count() FROM system.columns
                WHERE database = {SqlLiteral.Of(Tables.DatabaseName)} AND table = 'releases' AND name = 'updated_on'
                """)[0][0] == "0")
        {
            _server.Execute($"ALTER TABLE {Tables.Releases} ADD COLUMN updated_on Nullable(Date)");
        }

        // The ids as literals: a subquery over releases would be run by every shard, which has none, on a cluster.
        // Every release's, retracted ones too (as a load writes them); a staged release's are the sweep's.
        var ids = stored is 1 or 2
            ? _server.Rows($"SELECT DISTINCT release_id FROM {Tables.Releases}").Select(r => int.Parse(r[0]!, CultureInfo.InvariantCulture)).ToList()
            : [];
        if (stored == 1 && ids.Count > 0)
        {
            // Schema 1 kept no editions: its product lines are of an edition not known (0), as a renamed BACI file's.
            FillReleasePeriods($"({SqlLiteral.List(ids)})");
        }

        if (stored is 1 or 2 && ids.Count > 0)
        {
            // Before the version row: an open interrupted here fills them again from the start the next time.
            FillLevels(ids);
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
        // The tables every schema had: without them there is no store; the others an older schema lacks (below).
        if (new[] { "store_meta", "releases", "records" }.Any(t => !present.Contains(t)))
        {
            throw new StoreException($"no store at {Path}; run 'turnover ingest --store {Path}' first.");
        }

        foreach (var shard in _shards.Servers.Where(_ => Tables.Cluster is not null))
        {
            if (shard.Rows($"SELECT count() FROM system.tables WHERE database = {SqlLiteral.Of(Tables.DatabaseName)} AND name = {SqlLiteral.Of(Tables.LocalRecordsName)}")[0][0] == "0")
            {
                throw new StoreException($"no store at {Path}: ClickHouse at {shard.Where} has no table {Tables.LocalRecords}; run 'turnover ingest --store {Path}' first.");
            }
        }

        var stored = StoredSchemaVersion();
        if (stored != CurrentSchemaVersion)
        {
            throw new StoreException($"the store at {Path} has schema version {stored}; this version of turnover reads {CurrentSchemaVersion} (open it writable once to upgrade an older one).");
        }

        if (Tables.Definitions.Select(t => t.Name).Where(t => !present.Contains(t)).ToList() is [_, ..] missing)
        {
            throw new StoreException($"the store at {Path} lacks its table(s) {string.Join(", ", missing)}; open it writable once to make them.");
        }
    }

    // A store made on one server is read on one server, a sharded one through its cluster: the records table's engine
    // says which it is. Read through a Distributed table, a one-server URL would answer but could not sweep or date
    // (ALTER does not go through it); a cluster URL over a one-server store would shard nothing it already holds.
    // On a cluster, inserts must reach every shard before they return, or the release row could publish rows still
    // on their way (the connection asks for it; a profile that forbids changing the setting is refused here).
    private void RequireLayout()
    {
        var engine = _server.Rows($"SELECT engine, engine_full FROM system.tables WHERE database = {SqlLiteral.Of(Tables.DatabaseName)} AND name = 'records'");
        if (engine is [[var name, var full, ..]])
        {
            if (Tables.Cluster is null && name == "Distributed")
            {
                throw new StoreException($"the store at {Path} is sharded over a cluster ({full}); name it with ?cluster=NAME.");
            }

            if (Tables.Cluster is { } cluster && (name != "Distributed" || !full!.Replace("`", string.Empty, StringComparison.Ordinal).StartsWith($"Distributed({cluster},", StringComparison.Ordinal)))
            {
                throw new StoreException($"the store at {Path} is not sharded over cluster '{cluster}' (its records table is {full}); name it as it was made.");
            }
        }

        if (Tables.Cluster is not null && _server.Rows("SELECT value FROM system.settings WHERE name = 'insert_distributed_sync'") is not [["1", ..]])
        {
            throw new StoreException($"ClickHouse at {Path} does not make inserts into Distributed tables synchronous (insert_distributed_sync=1), which a sharded store needs to publish a release whole.");
        }
    }

    // A sharded store has one entry server, which alone holds its releases. Opened through another shard, a new
    // store's sweep would take the first store's records for an interrupted load's and drop them on every shard: so
    // records on a shard with no records table on the entry mean another entry's store, and are refused. (A creation
    // interrupted before the entry's tables leaves the shards' tables empty, which this allows.)
    private void RequireOneEntry()
    {
        if (Tables.Cluster is null
            || _server.Rows($"SELECT count() FROM system.tables WHERE database = {SqlLiteral.Of(Tables.DatabaseName)} AND name = 'records'")[0][0] != "0")
        {
            return;
        }

        foreach (var shard in _shards.Servers)
        {
            var present = shard.Rows($"SELECT count() FROM system.tables WHERE database = {SqlLiteral.Of(Tables.DatabaseName)} AND name = {SqlLiteral.Of(Tables.LocalRecordsName)}")[0][0] != "0";
            if (present && shard.Rows($"SELECT count() FROM {Tables.LocalRecords}")[0][0] != "0")
            {
                throw new StoreException($"ClickHouse at {shard.Where} holds records of database {Tables.DatabaseName} for a store whose entry server is not {Path}; open that store through its own entry server.");
            }
        }
    }

    private int StoredSchemaVersion()
    {
        var rows = _server.Rows($"SELECT max(toInt32(value)) FROM {Tables.StoreMeta} WHERE name = 'schema_version'");
        return rows.Count == 0 || rows[0][0] is null ? 0 : int.Parse(rows[0][0]!, CultureInfo.InvariantCulture);
    }

    // What an interrupted ingest staged: records and their level counts (whole partitions) and rows of the small
    // tables whose release row was never written. Dropped here, so that re-running the ingest stores the file again
    // from the start.
    private long Sweep()
    {
        var published = $"(SELECT release_id FROM {Tables.Releases})";
        long swept = 0;
        // GLOBAL: on a cluster the release ids are read on the entry server, which alone holds releases.
        foreach (var row in _server.Rows($"SELECT release_id, count() FROM {Tables.Records} WHERE release_id GLOBAL NOT IN {published} GROUP BY release_id ORDER BY release_id"))
        {
            var id = int.Parse(row[0]!, CultureInfo.InvariantCulture);
            DropStaged(id);
            swept += long.Parse(row[1]!, CultureInfo.InvariantCulture);
        }

        // Level counts and overlaps of no published release whose records are gone already: none should be (DropStaged
        // drops them first), but a count left behind would be added to a later release that reuses the id. Each server's
        // own, compared here with the entry's releases, which the shards do not hold.
        var publishedIds = _server.Rows($"SELECT DISTINCT release_id FROM {Tables.Releases}").Select(r => Int(r[0])).ToHashSet();
        foreach (var shard in _shards.Servers)
        {
            foreach (var table in new[] { Tables.LocalLevels, Tables.LocalOverlaps })
            {
                foreach (var id in shard.Rows($"SELECT DISTINCT release_id FROM {table}").Select(r => Int(r[0])).Where(id => !publishedIds.Contains(id)))
                {
                    shard.Execute($"ALTER TABLE {table} DROP PARTITION {SqlLiteral.Of(id)}");
                }
            }
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

    // A staged release's records and level counts are one partition each (PARTITION BY release_id) on each shard:
    // dropped at once, synchronously, on every shard (a shard without the partition has nothing to drop; 18.16 does
    // not mind). The counts first: counts left by a failure between the two would be found by no records.
    private void DropStaged(int releaseId)
    {
        foreach (var shard in _shards.Servers)
        {
            shard.Execute($"ALTER TABLE {Tables.LocalOverlaps} DROP PARTITION {SqlLiteral.Of(releaseId)}");
            shard.Execute($"ALTER TABLE {Tables.LocalLevels} DROP PARTITION {SqlLiteral.Of(releaseId)}");
            shard.Execute($"ALTER TABLE {Tables.LocalRecords} DROP PARTITION {SqlLiteral.Of(releaseId)}");
        }
    }

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
