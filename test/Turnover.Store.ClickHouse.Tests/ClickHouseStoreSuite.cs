using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse.Tests;

/// <summary>The shared suite on one ClickHouse server: a database of its own per test, dropped after it.</summary>
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseStoreSuite(ClickHouseServer server) : StoreSuite, IClickHouseSuite
{
    private readonly string _database = $"suite_{Guid.NewGuid():N}";

    protected override ITradeStore OpenStore() => ClickHouseTradeStore.Open(server.Location(_database), new TradeStoreOptions { Clock = Clock });

    protected override bool TakesOlderFilesAfterNewer => false;

    [BackendFact]
    public void When_an_undated_revision_is_dated_then_the_table_of_keys_it_was_dated_by_is_gone()
    {
        // ARTIFICIAL figures: March revised, so the load dates it through a table of the earlier keys (dating_ID).
        Load("first", null, Line(Flow.Export, Product.Total, 10, Period.Month(2020, 3)));
        Load("revision", null, Line(Flow.Export, Product.Total, 12, Period.Month(2020, 3)));

        using var connection = new ServerConnection(server.Location(_database), null);
        var tables = connection.Rows($"SELECT name FROM system.tables WHERE database = {SqlLiteral.Of(_database)}").Select(r => r[0]!).ToList();
        Assert.Contains("records", tables);
        Assert.DoesNotContain(tables, t => t.StartsWith("dating_", StringComparison.Ordinal));
        Assert.Contains("1 figure(s) already held by an earlier release", Store.Releases()[^1].Note, StringComparison.Ordinal);
    }

    protected override void DisposeBackend()
    {
        if (ClickHouseServer.UnavailableReason is null)
        {
            using var connection = new ServerConnection(server.Location(_database), null);
            connection.Execute($"DROP DATABASE IF EXISTS {SqlLiteral.Identifier(_database)}");
        }
    }
}
