using DuckDB.NET.Data;
using Turnover.Core;
using static Turnover.Store.Tests.RealFigures;

namespace Turnover.Store.Tests;

/// <summary>
/// Records whose release row is missing (what an ingest killed at its commit once left): counted, never shown, swept
/// by a writable open, and their space given back by a vacuum. Orphans are made here by copying real records under
/// release ids that have no release row.
/// </summary>
public sealed class DanglingRecordsTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void When_records_have_no_release_then_counts_show_them_queries_ignore_them_and_a_writable_open_deletes_them()
    {
        var path = _folder.File("store.duckdb");
        using (var store = TradeStore.Open(path))
        {
            store.Load("h", FirstFourMonths2023(), () => Accept("h"));
        }

        Orphan(path, copies: 1);

        using (var store = TradeStore.Open(path, new TradeStoreOptions { ReadOnly = true }))
        {
            Assert.Equal(new StoreCounts(1, 7, 7), store.Counts());
            Assert.Equal(3, store.ReadSeries(new SeriesRequest(China, Russia, SourceKind.Gacc, Granularity.Month, null)).Values.Count);
            Assert.Equal(7, Assert.Single(store.Coverage()).Records);
        }

        using (var store = TradeStore.Open(path))
        {
            Assert.Equal(7, store.SweptRecords);
            Assert.Equal(new StoreCounts(1, 7, 0), store.Counts());
            Assert.Equal(0L, store.Scalar<long>("SELECT count(*) FROM skipped_rows WHERE release_id >= 100"));
        }
    }

    [Fact]
    public void When_a_store_with_dangling_records_is_vacuumed_then_they_go_and_the_file_shrinks()
    {
        var path = _folder.File("baci.duckdb");
        using (var store = TradeStore.Open(path))
        {
            BaciFixture.Load(store, BaciFixture.RLayout, "baci");
        }

        var counts = Counts(path);
        Orphan(path, copies: 200);
        Assert.Equal(counts.Records * 200, Counts(path).DanglingRecords);

        var result = TradeStore.Vacuum(path, default);

        Assert.Equal(counts.Records * 200, result.DanglingRecordsRemoved);
        Assert.True(result.BytesAfter < result.BytesBefore, $"{result.BytesBefore} bytes before, {result.BytesAfter} after");
        Assert.Equal(result.BytesAfter, new FileInfo(path).Length);
        Assert.False(File.Exists(path + ".vacuum"));
        Assert.Equal(counts, Counts(path));
        using var reopened = TradeStore.Open(path);
        // Everything came across, the release sequence included.
        Assert.Equal(2, reopened.Load("h2", FirstFourMonths2023(), () => Accept("h2")).ReleaseId);
        Assert.NotEmpty(reopened.Coverage());
    }

    [Fact]
    public void When_an_interrupted_vacuum_left_its_copy_then_the_next_vacuum_starts_afresh()
    {
        var path = _folder.File("store.duckdb");
        using (var store = TradeStore.Open(path))
        {
            store.Load("h", FirstFourMonths2023(), () => Accept("h"));
        }

        File.WriteAllBytes(path + ".vacuum", new byte[4096]);

        var result = TradeStore.Vacuum(path, default);

        Assert.Equal(0, result.DanglingRecordsRemoved);
        Assert.False(File.Exists(path + ".vacuum"));
        Assert.Equal(new StoreCounts(1, 7, 0), Counts(path));
    }

    [Fact]
    public void When_a_load_larger_than_a_row_group_is_rejected_on_a_file_store_then_no_record_remains_after_reopening()
    {
        // 300,000 records: DuckDB writes full row groups (122,880 rows) to the file before the commit; the rollback
        // must still take them all back with the (never written) release row.
        var path = _folder.File("rejected.duckdb");
        using (var store = TradeStore.Open(path))
        {
            var records = Enumerable.Range(0, 300_000).Select(i =>
                new TradeRecord(China, Russia, Flow.Export, Period.OfYear(2021), Product.Hs(10_000 + i, 6, "HS92"), 1m, null, Derivation.Reported, null, i + 2));
            var rejected = RealFigures.Accept("h") with { Release = null };

            Assert.Equal(LoadStatus.RejectedByReader, store.Load("h", records, () => rejected).Status);
        }

        Assert.Equal(new StoreCounts(0, 0, 0), Counts(path));
    }

    private static StoreCounts Counts(string path)
    {
        using var store = TradeStore.Open(path, new TradeStoreOptions { ReadOnly = true });
        return store.Counts();
    }

    // Copies every stored record under release ids 100, 101, … (none of which has a release row), with evidence.
    private static void Orphan(string path, int copies)
    {
        using var connection = new DuckDBConnection($"DataSource={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO records
            SELECT CAST(100 + c.range AS INTEGER), r.key, r.value_usd, r.quantity, r.detail, r.published, r.source_line
            FROM records r, range({copies}) c;
            INSERT INTO skipped_rows VALUES (100, 'left by an interrupted load', 1);
            """;
        command.ExecuteNonQuery();
    }
}
