using DuckDB.NET.Data;
using Turnover.Core;
using static Turnover.Store.Tests.RealFigures;

namespace Turnover.Store.Tests;

/// <summary>Stores written before records were packed open with every record kept.</summary>
public sealed class MigrationTests : IDisposable
{
    // The records table as schema.sql created it before the packed layout.
    internal const string UnpackedRecords = """
        CREATE SEQUENCE release_ids START 1;
        CREATE TABLE releases (
            release_id INTEGER PRIMARY KEY, source VARCHAR NOT NULL, format VARCHAR NOT NULL, dataset VARCHAR NOT NULL,
            file_name VARCHAR NOT NULL, content_hash VARCHAR NOT NULL UNIQUE, vintage DATE, ingested_at TIMESTAMP NOT NULL,
            rows_read BIGINT NOT NULL, rows_stored BIGINT NOT NULL, note VARCHAR NOT NULL);
        CREATE TABLE records (
            release_id INTEGER NOT NULL, reporter SMALLINT NOT NULL, partner SMALLINT NOT NULL, flow UTINYINT NOT NULL,
            year SMALLINT NOT NULL, start_month UTINYINT NOT NULL, months UTINYINT NOT NULL, product_code INTEGER NOT NULL,
            product_digits UTINYINT NOT NULL, classification VARCHAR, value_usd DECIMAL(18, 2) NOT NULL, quantity DOUBLE,
            quantity_unit VARCHAR, derivation UTINYINT NOT NULL, published DATE, source_line BIGINT NOT NULL);
        SELECT nextval('release_ids');
        INSERT INTO releases VALUES (1, 'Gacc', 'gacc', 'test release', 'china_russia.csv', 'h1', DATE '2023-05-09', TIMESTAMP '2023-05-10 00:00:00', 3, 3, 'note');
        INSERT INTO records VALUES
            (1, 156, 643, 5, 2023, 1, 2, 0, 0, NULL, 33685000000, NULL, NULL, 1, NULL, 10),
            (1, 156, 643, 1, 2023, 3, 1, 0, 0, NULL, 9044000000, NULL, NULL, 0, DATE '2023-04-13', 13),
            (1, 156, 643, 1, 2023, 3, 1, 80420, 6, 'HS92', 1234.5, 52.0, 'kg', 0, NULL, 14);
        """;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"turnover-migration-{Guid.NewGuid():N}.duckdb");

    public void Dispose()
    {
        File.Delete(_path);
        File.Delete(_path + ".wal");
    }

    /// <summary>Writes a store of the first layout (no store_meta, one column per record field) holding <see cref="UnpackedRecords"/>.</summary>
    internal static void WriteUnpackedStore(string path)
    {
        using var connection = new DuckDBConnection($"DataSource={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = UnpackedRecords;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void When_a_store_has_unpacked_records_then_opening_it_packs_them_without_loss()
    {
        WriteUnpackedStore(_path);

        using var store = TradeStore.Open(_path);

        Assert.Equal(
            ["156|643|5|2023|1|2|0|0|-|33685000000.00|-|-|1|-|10", "156|643|1|2023|3|1|0|0|-|9044000000.00|-|-|0|2023-04-13|13", "156|643|1|2023|3|1|80420|6|HS92|1234.50|52.0|kg|0|-|14"],
            Rows(store));
        var series = store.ReadSeries(new SeriesRequest(China, Russia, SourceKind.Gacc, Granularity.Month, null));
        Assert.Equal(["2023-01..02", "2023-03"], series.Values.Select(v => v.Period.ToString()));
        Assert.Equal(0L, store.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'records_v1'"));
        // The release sequence carries on where it was.
        Assert.Equal(2, store.Load("h2", FirstFourMonths2023(), () => Accept("h2")).ReleaseId);
    }

    private static List<string> Rows(TradeStore store)
    {
        using var command = store.Command("""
            SELECT concat_ws('|', reporter, partner, flow, year, start_month, months, product_code, product_digits,
                             coalesce(classification, '-'), value_usd, coalesce(CAST(quantity AS VARCHAR), '-'),
                             coalesce(quantity_unit, '-'), derivation, coalesce(strftime(published, '%Y-%m-%d'), '-'), source_line)
            FROM record_rows ORDER BY source_line
            """);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
