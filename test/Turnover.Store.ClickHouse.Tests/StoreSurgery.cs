using System.Globalization;
using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse.Tests;

/// <summary>
/// TEST CONSTRUCTIONS made with SQL on a store's own tables (each server's, on a cluster): what an interrupted load or
/// an older version of the store leaves behind, which no public call makes.
/// </summary>
/// <param name="servers">The servers with records: the entry server (the one server) first.</param>
/// <param name="database">The store's database.</param>
/// <param name="cluster">Whether the store is sharded (its local tables are records_local and release_levels_local).</param>
internal sealed class StoreSurgery(IReadOnlyList<ClickHouseLocation> servers, string database, bool cluster)
{
    private readonly string _db = SqlLiteral.Identifier(database);

    private string RecordsTable => $"{_db}.{(cluster ? "records_local" : "records")}";

    private string LevelsTable => $"{_db}.{(cluster ? "release_levels_local" : "release_levels")}";

    private string OverlapsTable => $"{_db}.{(cluster ? "release_overlaps_local" : "release_overlaps")}";

    /// <summary>
    /// A published release's level counts (and records, with <paramref name="records"/>) copied under another id on
    /// each server, with no release row: what a load interrupted after counting its levels leaves.
    /// </summary>
    public void StageCopy(int from, int to, bool records)
    {
        foreach (var location in servers)
        {
            using var server = new ServerConnection(location, null);
            if (records)
            {
                server.InsertSelect($"INSERT INTO {RecordsTable} SELECT {to}, key, value_usd, quantity, detail, published, source_line FROM {RecordsTable} WHERE release_id = {from}");
            }

            server.InsertSelect($"INSERT INTO {LevelsTable} SELECT {to}, level_key, published, lines FROM {LevelsTable} WHERE release_id = {from}");
        }
    }

    /// <summary>The level counts of a release id, on every server.</summary>
    public long LevelRows(int releaseId) => servers.Sum(location =>
    {
        using var server = new ServerConnection(location, null);
        return long.Parse(server.Rows($"SELECT count() FROM {LevelsTable} WHERE release_id = {releaseId}")[0][0]!, CultureInfo.InvariantCulture);
    });

    /// <summary>The overlap rows on every server, and the keys they count as shared.</summary>
    public (long Rows, long Shared) Overlaps() => servers.Aggregate((0L, 0L), (sum, location) =>
    {
        using var server = new ServerConnection(location, null);
        var row = server.Rows($"SELECT count(), sum(shared) FROM {OverlapsTable}")[0];
        return (sum.Item1 + long.Parse(row[0]!, CultureInfo.InvariantCulture), sum.Item2 + long.Parse(row[1]!, CultureInfo.InvariantCulture));
    });

    /// <summary>The overlap rows matching <paramref name="where"/> deleted on every server (a mutation, waited for).</summary>
    public void DeleteOverlaps(string where)
    {
        foreach (var location in servers)
        {
            using var server = new ServerConnection(location, null);
            server.Execute($"ALTER TABLE {OverlapsTable} DELETE WHERE {where}");
            while (server.Rows($"SELECT count() FROM system.mutations WHERE database = {SqlLiteral.Of(database)} AND is_done = 0")[0][0] != "0")
            {
                Thread.Sleep(20);
            }
        }
    }

    /// <summary>The store as schema 2 left it: no level counts, and schema version 2.</summary>
    public void DowngradeToSchema2()
    {
        foreach (var location in servers)
        {
            using var server = new ServerConnection(location, null);
            server.Execute($"DROP TABLE {LevelsTable}");
        }

        using var entry = new ServerConnection(servers[0], null);
        entry.Execute($"ALTER TABLE {_db}.store_meta DELETE WHERE name = 'schema_version'");
        while (entry.Rows($"SELECT count() FROM system.mutations WHERE database = {SqlLiteral.Of(database)} AND is_done = 0")[0][0] != "0")
        {
            Thread.Sleep(20);
        }

        entry.Execute($"INSERT INTO {_db}.store_meta VALUES ('schema_version', '2')");
    }
}
