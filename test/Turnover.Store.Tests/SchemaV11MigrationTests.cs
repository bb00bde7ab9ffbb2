using System.Globalization;
using Turnover.Core;
using Turnover.Ingest;
using Turnover.Ingest.Fao;
using Turnover.Testing;

namespace Turnover.Store.Tests;

/// <summary>
/// Stores of schema 11 had no commodities table: opening one adds it (empty), keeps every record, and then stores
/// commodity lines (FAO's) by name. The older store is made by undoing what schema 12 writes.
/// </summary>
public sealed class SchemaV11MigrationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"turnover-v11-{Guid.NewGuid():N}.duckdb");

    public void Dispose()
    {
        File.Delete(_path);
        File.Delete(_path + ".wal");
    }

    [Fact]
    public void When_a_schema_11_store_opens_then_it_gets_the_commodities_table_and_stores_FAO_lines()
    {
        using (var store = TradeStore.Open(_path))
        {
            store.Execute("DROP TABLE commodities");
            store.Execute("UPDATE store_meta SET value = '11' WHERE name = 'schema_version'");
        }

        using var reopened = TradeStore.Open(_path);

        Assert.Equal(TradeStore.CurrentSchemaVersion.ToString(CultureInfo.InvariantCulture), reopened.Scalar<string>("SELECT value FROM store_meta WHERE name = 'schema_version'"));
        Assert.Equal(0L, reopened.Scalar<long>("SELECT count(*) FROM commodities"));
        var path = RepoPaths.Fixture("fao", "fao_china_seafood_imports_by_partner_value_2019_excerpt.csv");
        var reader = new FaoReader();
        var context = new ReadContext(path, new IngestOptions());
        var hash = ReleaseReadings.Sha256(path);
        var result = reopened.Load(ReleaseReadings.Of(Path.GetFileName(path), hash, "fao", new IngestOptions()), TradeReaders.ReadSafely(reader, context), () => new ReleaseOutcome(
            context.HasErrors ? null : new Release(reader.Source, context.Dataset, context.FileName, hash, context.Vintage, context.Note),
            reader.Format, context.RowsRead, context.Skipped, context.Discrepancies), new LoadOptions());

        Assert.Equal((LoadStatus.Stored, 59L), (result.Status, result.RowsStored));
        // 52 Norway rows, 5 Hong Kong, 1 Albania, 1 Côte d'Ivoire: one name per distinct commodity.
        Assert.Equal(reopened.Scalar<long>("SELECT count(DISTINCT product_code) FROM record_rows"), reopened.Scalar<long>("SELECT count(*) FROM commodities"));
    }
}
