using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse.Tests;

/// <summary>The shared suite on one ClickHouse server: a database of its own per test, dropped after it.</summary>
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseStoreSuite(ClickHouseServer server) : StoreSuite, IClickHouseSuite
{
    private readonly string _database = $"suite_{Guid.NewGuid():N}";

    protected override ITradeStore OpenStore() => ClickHouseTradeStore.Open(server.Location(_database), new TradeStoreOptions { Clock = Clock });

    protected override void DisposeBackend()
    {
        if (ClickHouseServer.UnavailableReason is null)
        {
            using var connection = new ServerConnection(server.Location(_database), null);
            connection.Execute($"DROP DATABASE IF EXISTS {SqlLiteral.Identifier(_database)}");
        }
    }
}
