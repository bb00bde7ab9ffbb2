namespace Turnover.Store.ClickHouse.Tests;

/// <summary>
/// Every class that uses the ClickHouse server: one server for them all, and they run one after the other (a test
/// stops and restarts it; in parallel classes, one class's fixture stopping the server failed the others).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClickHouseCollection : ICollectionFixture<ClickHouseServer>
{
    public const string Name = "ClickHouse server";
}
