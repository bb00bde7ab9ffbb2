namespace Turnover.Store.ClickHouse.Tests;

/// <summary>The shared suite on the default back-end: DuckDB, in memory.</summary>
public sealed class DuckDbStoreSuite : StoreSuite
{
    protected override ITradeStore OpenStore() => TradeStore.Open(":memory:", new TradeStoreOptions { Clock = Clock });
}
