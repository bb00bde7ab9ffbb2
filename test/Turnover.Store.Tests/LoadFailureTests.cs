using Turnover.Core;
using static Turnover.Store.Tests.RealFigures;

namespace Turnover.Store.Tests;

/// <summary>A load is whole or nothing however it ends: rejected, failed in the reader, cancelled.</summary>
public sealed class LoadFailureTests : IDisposable
{
    private readonly TradeStore _store = TradeStore.Open(":memory:");

    public void Dispose() => _store.Dispose();

    [Fact]
    public void When_the_reader_throws_midway_then_its_exception_surfaces_and_nothing_is_stored()
    {
        var ex = Assert.Throws<InvalidDataException>(() => _store.Load("h", ManyThenThrow(10_000), () => Accept("h")));

        Assert.Equal("reader bug", ex.Message);
        AssertEmpty();
        // The store is still usable: the reader thread ended and the transaction was rolled back.
        Assert.Equal(LoadStatus.Stored, _store.Load("h", FirstFourMonths2023(), () => Accept("h")).Status);
    }

    [Fact]
    public void When_the_load_is_cancelled_then_nothing_is_stored()
    {
        using var cancel = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => _store.Load("h", CancelAfter(cancel, 5_000), () => Accept("h"), cancel.Token));

        AssertEmpty();
    }

    [Fact]
    public void When_a_grouped_file_repeats_a_product_within_its_group_then_both_lines_are_named()
    {
        // BACI order: one (exporter, importer) pair after another, products within it.
        var records = Enumerable.Range(0, 3000).Select(i => Product(i % 1000 == 999 ? 5 : i, i + 2)).ToList();

        var result = _store.Load("h", records, () => Accept("h"));

        Assert.Equal(LoadStatus.RejectedDuplicateKeys, result.Status);
        // Product 5 is on lines 7, 1001, 2001 and 3001: the first two are named.
        var duplicate = Assert.Single(result.DuplicateKeys);
        Assert.Equal((7L, 1001L), (duplicate.FirstLine, duplicate.SecondLine));
        AssertEmpty();
    }

    [Fact]
    public void When_one_line_yields_the_same_key_twice_then_it_is_named_as_both_lines()
    {
        var result = _store.Load("h", [Product(1, 9), Product(1, 9)], () => Accept("h"));

        Assert.Equal(LoadStatus.RejectedDuplicateKeys, result.Status);
        Assert.Equal((9L, 9L), (result.DuplicateKeys[0].FirstLine, result.DuplicateKeys[0].SecondLine));
    }

    [Fact]
    public void When_loads_are_refused_then_the_next_stored_release_takes_the_first_free_id()
    {
        // Refused by the reader, by duplicate keys, by an exception in the reader, and cancelled: none leaves a trace,
        // not even a release id used up (a gap in the ids looked like a release deleted from the store).
        _store.Load("r", FirstFourMonths2023(), Reject);
        _store.Load("d", [Product(1, 9), Product(1, 9)], () => Accept("d"));
        Assert.ThrowsAny<Exception>(() => _store.Load("t", ManyThenThrow(10), () => Accept("t")));
        using var cancel = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => _store.Load("c", CancelAfter(cancel, 10), () => Accept("c"), cancel.Token));

        var first = _store.Load("h", FirstFourMonths2023(), () => Accept("h"));
        _store.Load("r", FirstFourMonths2023(), Reject);
        var second = _store.Load("g", [Product(2, 3)], () => Accept("g"));

        Assert.Equal((LoadStatus.Stored, 1), (first.Status, first.ReleaseId));
        Assert.Equal((LoadStatus.Stored, 2), (second.Status, second.ReleaseId));
    }

    [Fact]
    public void When_a_load_ends_then_duckdb_has_its_threads_back()
    {
        var before = _store.Scalar<long>("SELECT CAST(current_setting('threads') AS BIGINT)");

        _store.Load("h", FirstFourMonths2023(), () => Accept("h"));
        Assert.ThrowsAny<Exception>(() => _store.Load("g", ManyThenThrow(10), () => Accept("g")));

        Assert.Equal(before, _store.Scalar<long>("SELECT CAST(current_setting('threads') AS BIGINT)"));
    }

    [Fact]
    public void When_a_file_store_has_loaded_then_its_memory_limit_is_back_to_the_default()
    {
        var path = Path.Combine(Path.GetTempPath(), $"turnover-limit-{Guid.NewGuid():N}.duckdb");
        try
        {
            using var store = TradeStore.Open(path);
            var before = store.Scalar<string>("SELECT current_setting('memory_limit')");

            store.Load("h", FirstFourMonths2023(), () => Accept("h"));

            Assert.Equal(before, store.Scalar<string>("SELECT current_setting('memory_limit')"));
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".wal");
        }
    }

    private static TradeRecord Product(int product, long line) =>
        new(China, Russia, Flow.Export, Period.OfYear(2021), Turnover.Core.Product.Hs(10_000 + product, 6, "HS92"), 1m, null, Derivation.Reported, null, line);

    private static IEnumerable<TradeRecord> ManyThenThrow(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Product(i, i + 2);
        }

        throw new InvalidDataException("reader bug");
    }

    private static IEnumerable<TradeRecord> CancelAfter(CancellationTokenSource cancel, int count)
    {
        for (var i = 0; ; i++)
        {
            if (i == count)
            {
                cancel.Cancel();
            }

            yield return Product(i % 900_000, i + 2);
        }
    }

    private void AssertEmpty()
    {
        Assert.Empty(_store.Releases());
        Assert.Equal(0L, _store.Scalar<long>("SELECT count(*) FROM records"));
    }
}
