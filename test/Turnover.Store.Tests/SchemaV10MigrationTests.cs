using System.Globalization;
using Turnover.Core;
using Turnover.Ingest;
using Turnover.Ingest.Comtrade;
using Turnover.Testing;

namespace Turnover.Store.Tests;

/// <summary>
/// Stores of schema 10 had no breakdowns table: opening one adds it (empty) and leaves every record as it was; a
/// release read with breakdowns included then gets a note, since its rows may be parts stored as totals. The older
/// store is made by undoing what schema 11 writes.
/// </summary>
public sealed class SchemaV10MigrationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"turnover-v10-{Guid.NewGuid():N}.duckdb");

    public void Dispose()
    {
        File.Delete(_path);
        File.Delete(_path + ".wal");
    }

    [Fact]
    public void When_a_schema_10_store_opens_then_it_gets_the_breakdowns_table_and_keeps_its_records()
    {
        var options = new IngestOptions { IncludeBreakdowns = true };
        using (var store = TradeStore.Open(_path))
        {
            // One release read without breakdowns, one with them (its rows are all totals, but schema 10 could not tell).
            Load(store, RepoPaths.Fixture("comtrade", "TradeData.csv"), new IngestOptions());
            Load(store, RepoPaths.Fixture("comtrade", "HS-60a6ad.json"), options);
            store.Execute("DROP MACRO TABLE visible_breakdowns; DROP TABLE breakdowns");
            store.Execute("UPDATE store_meta SET value = '10' WHERE name = 'schema_version'");
        }

        using var reopened = TradeStore.Open(_path);

        Assert.Equal(0L, reopened.Scalar<long>("SELECT count(*) FROM breakdowns"));
        Assert.Equal(430L + 4, reopened.Scalar<long>("SELECT count(*) FROM records"));
        var notes = reopened.Releases().Select(r => r.Note.Contains("Stored before schema 11 with breakdowns included", StringComparison.Ordinal)).ToList();
        Assert.Equal([false, true], notes);
        Assert.Equal(TradeStore.CurrentSchemaVersion.ToString(CultureInfo.InvariantCulture), reopened.Scalar<string>("SELECT value FROM store_meta WHERE name = 'schema_version'"));
        Assert.Empty(reopened.Breakdowns(CountryCatalog.Default.FromCode(156), CountryCatalog.Default.FromCode(276)));
    }

    private static void Load(TradeStore store, string path, IngestOptions options)
    {
        var reader = new ComtradeReader();
        var context = new ReadContext(path, options);
        var hash = ReleaseReadings.Sha256(path);
        var result = store.Load(ReleaseReadings.Of(Path.GetFileName(path), hash, "comtrade", options), TradeReaders.ReadSafely(reader, context), () => new ReleaseOutcome(
            context.HasErrors ? null : new Release(reader.Source, context.Dataset, context.FileName, hash, context.Vintage, context.Note),
            reader.Format, context.RowsRead, context.Skipped, context.Discrepancies), new LoadOptions());
        Assert.Equal(LoadStatus.Stored, result.Status);
    }
}
