namespace Turnover.Store.ClickHouse.Tests;

/// <summary>Every class that uses the 2-shard cluster: one cluster for them all, one class after the other (a test kills a shard).</summary>
[CollectionDefinition(Name)]
public sealed class ClickHouseClusterCollection : ICollectionFixture<ClickHouseCluster>
{
    public const string Name = "ClickHouse cluster";
}
