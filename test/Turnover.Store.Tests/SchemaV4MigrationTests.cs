using System.Reflection;
using DuckDB.NET.Data;
using Turnover.Core;
using static Turnover.Store.Tests.RealFigures;

namespace Turnover.Store.Tests;

/// <summary>
/// Stores of schema 4 (releases.content_hash UNIQUE, no reading, no retraction) open as schema 5 with every release
/// and record kept (issue 8 point 4).
/// </summary>
public sealed class SchemaV4MigrationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"turnover-v4-{Guid.NewGuid():N}.duckdb");

    public void Dispose()
    {
        File.Delete(_path);
        File.Delete(_path + ".wal");
    }

    // A schema 4 store with one release (the real March 2023 exports and imports) written as schema 4 wrote it.
    private void CreateV4Store()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("schema_v4.sql")!;
        using var reader = new StreamReader(stream);
        using var connection = new DuckDBConnection($"DataSource={_path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = reader.ReadToEnd() + """
            ;
            INSERT INTO store_meta VALUES ('schema_version', '4');
            SELECT nextval('release_ids');
            INSERT INTO releases VALUES (1, 'Gacc', 'gacc', 'test release', 'china_russia.csv', 'v4-bytes', NULL, TIMESTAMP '2023-05-10 00:00:00', 2, 2, 'note');
            INSERT INTO records VALUES
                (1, pair_key(156, 643) | (1::BIGINT << 40) | ((2023 - 1900)::BIGINT << 31) | (3::BIGINT << 27) | (1::BIGINT << 23), 9044000000, NULL, 0, NULL, 13),
                (1, pair_key(156, 643) | (2::BIGINT << 40) | ((2023 - 1900)::BIGINT << 31) | (3::BIGINT << 27) | (1::BIGINT << 23), 11020000000, NULL, 0, NULL, 14);
            """;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void When_a_schema_4_store_opens_then_its_releases_and_records_are_kept_and_bytes_may_be_read_again()
    {
        CreateV4Store();

        using var store = TradeStore.Open(_path);

        Assert.Equal(TradeStore.CurrentSchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), store.Scalar<string>("SELECT value FROM store_meta WHERE name = 'schema_version'"));
        Assert.Equal(0L, store.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'releases_v4'"));
        var release = Assert.Single(store.Releases());
        Assert.Equal((1, "v4-bytes", "note", null, null), (release.Id, release.ContentHash, release.Note, release.Reading, release.Retraction));
        var march = store.ReadSeries(new SeriesRequest(China, Russia, SourceKind.Gacc, Granularity.Month, null)).Values.Single();
        Assert.Equal((9_044_000_000m, 11_020_000_000m), (march.ExportsUsd, march.ImportsUsd));

        // The same bytes: taken as read the same way (the reading was not recorded), so nothing is added.
        var reading = new ReleaseReading([ReadingComponent.OfFile(ReleaseReading.BytesName, "china_russia.csv", "v4-bytes"), ReadingComponent.OfSetting("format", "gacc")]);
        var again = store.Load(reading, FirstFourMonths2023(), () => Accept("v4-bytes"), new LoadOptions());
        Assert.Equal((LoadStatus.AlreadyIngested, 1, ReleaseMatchKind.ReadingNotRecorded), (again.Status, again.ReleaseId, again.Match!.Kind));

        // Retracted, the same bytes read again are a new release: content_hash is no longer unique.
        store.Retract(1, "re-read");
        var reread = store.Load(reading, FirstFourMonths2023(), () => Accept("v4-bytes"), new LoadOptions());
        Assert.Equal((LoadStatus.Stored, 2, ReleaseMatchKind.OtherReading), (reread.Status, reread.ReleaseId, reread.Match!.Kind));
        Assert.Empty(reread.Match.Differences);
    }

    [Fact]
    public void When_a_migrated_store_opens_again_then_nothing_is_migrated_twice()
    {
        CreateV4Store();
        TradeStore.Open(_path).Dispose();

        using var store = TradeStore.Open(_path);

        Assert.Single(store.Releases());
        Assert.Equal(2L, store.Counts().Records);
    }
}
