using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse.Tests;

/// <summary>
/// The shared suite on the 2-shard cluster: the records sharded over both servers through a Distributed table on
/// shard 1, the entry server; a database of its own per test on both, dropped after it.
/// </summary>
[Collection(ClickHouseClusterCollection.Name)]
public sealed class ClusterStoreSuite(ClickHouseCluster cluster) : StoreSuite, IClickHouseClusterSuite
{
    private readonly string _database = $"suite_{Guid.NewGuid():N}";

    protected override ITradeStore OpenStore() => ClickHouseTradeStore.Open(cluster.Location(_database), new TradeStoreOptions { Clock = Clock });

    protected override bool TakesOlderFilesAfterNewer => false;

    protected override void DisposeBackend()
    {
        if (ClickHouseCluster.UnavailableReason is null)
        {
            ClusterDatabases.Drop(cluster, _database);
        }
    }
}
