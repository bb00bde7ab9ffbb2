using System.Globalization;

namespace Turnover.Store.ClickHouse.Internal;

/// <summary>
/// The servers that hold the store's records, each with its own local records table: the one server, or every shard
/// of the cluster the location names. What must change each server's own rows goes through here (creating the local
/// table, dropping a staged partition, the revision dating's mutation), since 18.16 runs neither <c>ON CLUSTER</c>
/// DDL (it needs ZooKeeper) nor <c>ALTER</c> through a Distributed table.
/// </summary>
internal sealed class RecordShards : IDisposable
{
    private readonly List<ServerConnection> _owned;

    private RecordShards(IReadOnlyList<ServerConnection> servers, List<ServerConnection> owned)
    {
        Servers = servers;
        _owned = owned;
    }

    /// <summary>Each server with records, the entry server among them (first on one server).</summary>
    public IReadOnlyList<ServerConnection> Servers { get; }

    /// <summary>The one server: it holds every record.</summary>
    public static RecordShards Single(ServerConnection server) => new([server], []);

    /// <summary>
    /// The shards of <paramref name="location"/>'s cluster as the entry server's <c>system.clusters</c> lists them. The
    /// store speaks HTTP but the cluster lists native ports: a shard's HTTP port is taken to be its native port plus
    /// the entry server's own difference (8123 − 9000 on a default installation, −1 for bench/clickhouse/up.sh), and
    /// each shard is asked which shard it is, so a wrong guess is refused rather than written to.
    /// </summary>
    /// <exception cref="StoreException">No such cluster; the entry server is not one of its shards; a shard has replicas, does not answer, or answers as another server.</exception>
    public static RecordShards Discover(ServerConnection entry, ClickHouseLocation location)
    {
        var cluster = location.Cluster ?? throw new ArgumentException("The location names no cluster.", nameof(location));
        var rows = entry.Rows($"""
            SELECT shard_num, replica_num, host_name, port, is_local FROM system.clusters
            WHERE cluster = {SqlLiteral.Of(cluster)} ORDER BY shard_num, replica_num
            """);
        if (rows.Count == 0)
        {
            throw new StoreException($"ClickHouse at {entry.Where} has no cluster '{cluster}' in its remote_servers (system.clusters).");
        }

        if (rows.Any(r => r[1] != "1"))
        {
            throw new StoreException($"cluster '{cluster}' has shards with replicas; the ClickHouse store shards over one server per shard only (docs/clickhouse.md).");
        }

        var local = rows.Where(r => r[4] == "1").ToList();
        if (local.Count != 1)
        {
            throw new StoreException($"ClickHouse at {entry.Where} is not one of the shards of cluster '{cluster}'; name one of them as the store's server (it holds the store's small tables).");
        }

        var offset = location.Port - Int(local[0][3]);
        var servers = new List<ServerConnection>();
        var owned = new List<ServerConnection>();
        try
        {
            foreach (var row in rows)
            {
                if (row[4] == "1")
                {
                    servers.Add(entry);
                    continue;
                }

                var shard = new ServerConnection(location with { Host = row[2]!, Port = Int(row[3]) + offset, Cluster = null }, database: null);
                owned.Add(shard);
                RequireShard(shard, cluster, row[0]!);
                servers.Add(shard);
            }
        }
        catch
        {
            owned.ForEach(s => s.Dispose());
            throw;
        }

        return new RecordShards(servers, owned);
    }

    /// <summary>
    /// Runs a query on every server at once (its own table: <see cref="StoreTables.LocalRecords"/>) and returns their
    /// rows one server after the other. Only for queries whose groups never span two shards, i.e. group by fields of
    /// the key's pair (the sharding key): each shard then answers whole for the pairs it holds.
    /// </summary>
    /// <exception cref="StoreException">A server failed; the first failure.</exception>
    public List<string?[]> RowsOfEach(string sql)
    {
        if (Servers.Count == 1)
        {
            return Servers[0].Rows(sql);
        }

        var answers = Task.WhenAll(Servers.Select(s => Task.Run(() => s.Rows(sql)))).GetAwaiter().GetResult();
        return [.. answers.SelectMany(a => a)];
    }

    public void Dispose() => _owned.ForEach(s => s.Dispose());

    // The server at the guessed HTTP address must be the shard the cluster lists there (its own system.clusters says
    // which of the cluster's servers it is): otherwise the store would create tables on, and drop partitions of, another.
    private static void RequireShard(ServerConnection shard, string cluster, string number)
    {
        var answer = shard.Rows($"SELECT shard_num FROM system.clusters WHERE cluster = {SqlLiteral.Of(cluster)} AND is_local = 1");
        if (answer is not [[var which, ..]] || which != number)
        {
            throw new StoreException(string.Create(CultureInfo.InvariantCulture,
                $"ClickHouse at {shard.Where} is not shard {number} of cluster '{cluster}' (it should list itself there in its remote_servers); each shard's HTTP port should be its native port plus the entry server's difference (docs/clickhouse.md, \"A sharded cluster\")."));
        }
    }

    private static int Int(string? text) => int.Parse(text!, CultureInfo.InvariantCulture);
}
