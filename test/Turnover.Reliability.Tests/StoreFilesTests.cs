using Turnover.Fuzz;
using Turnover.Store;

namespace Turnover.Reliability.Tests;

/// <summary>The fuzz harness's cheap proof that a rejected file left the store unchanged must see every change.</summary>
public sealed class StoreFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("turnover-storefiles-").FullName;

    private string StorePath => Path.Combine(_folder, "store.duckdb");

    [Fact]
    public void When_only_queries_ran_then_the_files_are_the_same()
    {
        using var store = TradeStore.Open(StorePath);
        var before = StoreFiles.Of(StorePath);

        store.Scalar<long>("SELECT count(*) FROM records");
        store.Execute("BEGIN TRANSACTION");
        store.Execute("INSERT INTO units VALUES (901, 'fuzz rolled back')");
        store.Execute("ROLLBACK");

        Assert.True(before.Match(StorePath));
        Assert.True(StoreFiles.NoTransactionOpen(store));
    }

    [Fact]
    public void When_a_row_is_committed_then_the_files_differ()
    {
        using var store = TradeStore.Open(StorePath);
        var before = StoreFiles.Of(StorePath);

        store.Execute("INSERT INTO units VALUES (902, 'fuzz committed')");

        Assert.False(before.Match(StorePath));
    }

    [Fact]
    public void When_a_transaction_is_left_open_then_it_is_seen_though_the_files_are_the_same()
    {
        using var store = TradeStore.Open(StorePath);
        var before = StoreFiles.Of(StorePath);

        store.Execute("BEGIN TRANSACTION");
        store.Execute("INSERT INTO units VALUES (903, 'fuzz left open')");

        Assert.True(before.Match(StorePath));
        Assert.False(StoreFiles.NoTransactionOpen(store));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
