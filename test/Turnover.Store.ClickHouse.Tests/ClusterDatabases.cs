using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse.Tests;

internal static class ClusterDatabases
{
    /// <summary>Drops a test's database on both shards (the entry's Distributed table first, then the local tables).</summary>
    public static void Drop(ClickHouseCluster cluster, string database)
    {
        foreach (var location in new[] { cluster.Location(database) with { Cluster = null }, cluster.Shard2(database) })
        {
            using var connection = new ServerConnection(location, null);
            connection.Execute($"DROP DATABASE IF EXISTS {SqlLiteral.Identifier(database)}");
        }
    }
}
