using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse.Tests;

/// <summary>What only the ClickHouse store does: literals, its server going away, read-only opens.</summary>
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseStoreTests(ClickHouseServer server) : IClickHouseSuite, IDisposable
{
    private readonly string _database = $"ch_{Guid.NewGuid():N}";

    public void Dispose()
    {
        using var connection = new ServerConnection(server.Location(_database), null);
        connection.Execute($"DROP DATABASE IF EXISTS {SqlLiteral.Identifier(_database)}");
    }

    [BackendFact]
    public void When_any_text_goes_through_the_literal_helper_then_the_server_reads_it_back_unchanged()
    {
        using var connection = new ServerConnection(server.Location(_database), null);
        string[] texts = ["plain", "a'b\\c\"d\te\nf\rg\0h", "ünï 中文 😀", "''; DROP TABLE records; --", "\\N", "\\", "'", "\b\f", string.Empty];

        foreach (var text in texts)
        {
            var back = connection.Rows($"SELECT {SqlLiteral.Of(text)}");
            Assert.Equal(text, Assert.Single(Assert.Single(back)));
        }

        Assert.Equal("12345678901234.56", Assert.Single(connection.Rows($"SELECT {SqlLiteral.OfMoney(12345678901234.56m)}"))[0]);
        Assert.Equal("2024-02-29", Assert.Single(connection.Rows($"SELECT {SqlLiteral.Of(new DateOnly(2024, 2, 29))}"))[0]);
        Assert.Equal(long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(connection.Rows($"SELECT {SqlLiteral.Of(long.MaxValue)}"))[0]);
        Assert.Equal(["19782", "-1461"], [.. new[] { new DateOnly(2024, 2, 29), new DateOnly(1966, 1, 1) }
            .Select(d => Assert.Single(connection.Rows($"SELECT {SqlLiteral.DayNumber(d)}"))[0]!)]);
    }

    [BackendFact]
    public void When_a_release_is_dated_before_1970_then_it_is_refused_with_the_reason_and_the_store_stays_readable()
    {
        using var store = ClickHouseTradeStore.Open(server.Location(_database), default);

        var error = Assert.Throws<StoreException>(() => store.Load("old", [Record(1, 10m)], () => Outcome("old") with
        {
            Release = Outcome("old").Release! with { Vintage = new DateOnly(1961, 3, 1) },
        }));

        Assert.Equal("storing failed, nothing was published: the date 1961-03-01 is outside what a ClickHouse Date holds (1970-01-01 to 2149-06-06); use a DuckDB store (--db) for it.", error.Message);
        Assert.Empty(store.Releases());
        Assert.Equal(new StoreCounts(0, 0, 0), store.Counts());
    }

    /// <summary>
    /// A schema 1 store (made here from a new one: records without units or editions, no code tables, no
    /// release_periods) opened writable becomes schema 2, its releases noted in release_periods with their product
    /// lines' edition not known; a file of a known edition for the same period is then refused, naming the release.
    /// </summary>
    [BackendFact]
    public void When_a_schema_1_store_is_opened_writable_then_its_releases_periods_are_noted_and_the_edition_rule_holds()
    {
        var location = server.Location(_database);
        using (var store = ClickHouseTradeStore.Open(location, default))
        {
            Assert.Equal(LoadStatus.Stored, store.Load("v1", [Record(1, 10m), Record(2, 20m)], () => Outcome("v1")).Status);
        }

        using (var connection = new ServerConnection(location, null))
        {
            var db = SqlLiteral.Identifier(_database);
            connection.Execute($"ALTER TABLE {db}.records UPDATE detail = bitAnd(detail, 255) WHERE 1");
            connection.Execute($"ALTER TABLE {db}.store_meta DELETE WHERE name = 'schema_version'");
            while (connection.Rows($"SELECT count() FROM system.mutations WHERE database = {SqlLiteral.Of(_database)} AND is_done = 0")[0][0] != "0")
            {
                Thread.Sleep(20);
            }

            connection.Execute($"INSERT INTO {db}.store_meta VALUES ('schema_version', '1')");
            foreach (var table in new[] { "release_periods", "classifications", "units" })
            {
                connection.Execute($"DROP TABLE {db}.{table}");
            }
        }

        using var upgraded = ClickHouseTradeStore.Open(location, default);
        var refused = upgraded.Load("h5", [Record(3, 30m)], () => Outcome("h5"));

        Assert.Equal(LoadStatus.RejectedMixedEditions, refused.Status);
        Assert.Equal(new EditionClash(4, "Afghanistan's exports to China, 2020", "H5", null, 1, "v1.csv", null), Assert.Single(refused.EditionClashes));
        using var readOnly = ClickHouseTradeStore.Open(location, new TradeStoreOptions { ReadOnly = true });
        Assert.Single(readOnly.Releases());
    }

    /// <summary>
    /// A schema 2 store (made here from a new one: no user_targets) is refused by a query, which names its version, and
    /// opened writable becomes the current schema, where targets can be registered.
    /// </summary>
    [BackendFact]
    public void When_a_schema_2_store_is_opened_writable_then_targets_can_be_registered()
    {
        var location = server.Location(_database);
        using (var store = ClickHouseTradeStore.Open(location, default))
        {
            Assert.Equal(LoadStatus.Stored, store.Load("v2", [Record(1, 10m)], () => Outcome("v2")).Status);
        }

        MakeOlder(location, 2, "user_targets");

        var refused = Assert.Throws<StoreException>(() => ClickHouseTradeStore.Open(location, new TradeStoreOptions { ReadOnly = true }));
        Assert.Equal($"the store at {location} has schema version 2; this version of turnover reads 8 (open it writable once to upgrade an older one).", refused.Message);
        using (var upgraded = ClickHouseTradeStore.Open(location, default))
        {
            Assert.True(upgraded.AddUserTarget(new Turnover.Core.Targets.Target(
                "t", CountryCatalog.Default.FromCode(4), CountryCatalog.Default.FromCode(156), Measure.Turnover, 1_000_000m, Turnover.Core.Targets.TargetBasis.AnnualValue,
                2024, 2030, null, "Test speaker", new DateOnly(2024, 1, 2), "https://example.org/t", "")));
        }

        using var readOnly = ClickHouseTradeStore.Open(location, new TradeStoreOptions { ReadOnly = true });
        Assert.Equal(["t"], readOnly.UserTargets().Select(t => t.Name));
        Assert.Single(readOnly.Releases());
    }

    /// <summary>
    /// A schema 5 store (made here from a new one: no commodities table) is refused by a query, which names its version
    /// and, opened writable, becomes schema 6, where a commodity line (ARTIFICIAL) is stored and read by its name.
    /// </summary>
    [BackendFact]
    public void When_a_schema_5_store_is_opened_writable_then_commodities_can_be_stored()
    {
        var location = server.Location(_database);
        using (var store = ClickHouseTradeStore.Open(location, default))
        {
            Assert.Equal(LoadStatus.Stored, store.Load("v5", [Record(1, 10m)], () => Outcome("v5")).Status);
        }

        MakeOlder(location, 5, "commodities");

        var refused = Assert.Throws<StoreException>(() => ClickHouseTradeStore.Open(location, new TradeStoreOptions { ReadOnly = true }));
        Assert.Equal($"the store at {location} has schema version 5; this version of turnover reads 8 (open it writable once to upgrade an older one).", refused.Message);
        var cod = Product.Commodity("Cods nei, frozen", "FAO");
        using (var upgraded = ClickHouseTradeStore.Open(location, default))
        {
            var line = Record(2, 40m) with { Product = cod };
            Assert.Equal(LoadStatus.Stored, upgraded.Load("fao", [line], () => Outcome("fao")).Status);
        }

        using var readOnly = ClickHouseTradeStore.Open(location, new TradeStoreOptions { ReadOnly = true });
        Assert.Equal([("Cods nei, frozen", 40m)], readOnly.ProductYears(CountryCatalog.Default.FromCode(4), CountryCatalog.Default.FromCode(156), 6)
            .Where(l => l.Product.IsCommodity).Select(l => (l.Product.Name!, l.ValueUsd)));
        Assert.Equal(2, readOnly.Releases().Count);
    }

    [BackendFact]
    public void When_the_version_is_read_then_it_is_the_servers()
    {
        using var store = ClickHouseTradeStore.Open(server.Location(_database), default);

        Assert.True(store.Version.Major >= 18, store.Version.ToString());
    }

    [BackendFact]
    public void When_a_query_opens_a_database_without_a_store_then_it_says_so_and_creates_nothing()
    {
        var error = Assert.Throws<StoreException>(() => ClickHouseTradeStore.Open(server.Location(_database), new TradeStoreOptions { ReadOnly = true }));

        Assert.StartsWith($"no store at {server.Location(_database)}", error.Message, StringComparison.Ordinal);
        using var connection = new ServerConnection(server.Location(_database), null);
        Assert.Equal("0", connection.Rows($"SELECT count() FROM system.databases WHERE name = {SqlLiteral.Of(_database)}")[0][0]);
    }

    [BackendFact]
    public void When_a_store_is_opened_read_only_then_it_answers_but_refuses_to_change()
    {
        using (var writable = ClickHouseTradeStore.Open(server.Location(_database), default))
        {
            Assert.Equal(LoadStatus.Stored, writable.Load("h", [Record(1, 10m)], () => Outcome("h")).Status);
        }

        using var store = ClickHouseTradeStore.Open(server.Location(_database), new TradeStoreOptions { ReadOnly = true });

        Assert.Single(store.Releases());
        Assert.Throws<InvalidOperationException>(() => store.Retract(1, "no"));
    }

    /// <summary>
    /// The server is stopped while the records stream in (after 150,000 of 250,000 ARTIFICIAL records, past the
    /// driver's first batch): the load fails with a StoreException, the release is absent once the server is back,
    /// the next writable open sweeps what was staged, and running the load again stores it whole.
    /// </summary>
    [BackendFact(NeedsOwnServer = true)]
    public void When_the_server_goes_away_mid_ingest_then_the_release_is_absent_and_a_rerun_finishes_it()
    {
        const int Count = 250_000;
        var location = server.Location(_database);
        using (var store = ClickHouseTradeStore.Open(location, default))
        {
            var error = Assert.Throws<StoreException>(() => store.Load("big", Records(Count, stopAt: 150_000), () => Outcome("big")));
            Assert.StartsWith("storing failed, nothing was published", error.Message, StringComparison.Ordinal);
        }

        server.Restart();
        using (var reopened = ClickHouseTradeStore.Open(location, default))
        {
            Assert.Empty(reopened.Releases());
            Assert.Equal(0L, reopened.Counts().Records);
            var rerun = reopened.Load("big", Records(Count, stopAt: null), () => Outcome("big"));
            Assert.Equal((LoadStatus.Stored, (long)Count), (rerun.Status, rerun.RowsStored));
            Assert.Equal(new StoreCounts(1, Count, 0), reopened.Counts());
        }
    }

    [BackendFact]
    public void When_an_interrupted_load_left_level_counts_then_the_sweep_removes_them_with_its_records() =>
        LevelCountScenarios.InterruptedLoadsCountsAreSwept(server.Location(_database), new StoreSurgery([server.Location(_database)], _database, cluster: false));

    [BackendFact]
    public void When_a_schema_2_store_is_opened_writable_then_its_releases_levels_are_counted_and_coverage_is_unchanged() =>
        LevelCountScenarios.Schema2StoreIsCountedOnUpgrade(server.Location(_database), new StoreSurgery([server.Location(_database)], _database, cluster: false));

    [BackendFact]
    public void When_a_revised_level_lacks_a_counted_pair_of_rows_then_coverage_counts_it_from_the_records() =>
        LevelCountScenarios.UncountedPairsAreReadFromTheRecords(server.Location(_database), new StoreSurgery([server.Location(_database)], _database, cluster: false));

    [BackendFact]
    public void When_a_revision_spans_several_ranges_of_levels_then_each_range_counts_its_overlaps() =>
        LevelCountScenarios.OverlapsAreCountedRangeByRange(server.Location(_database), new StoreSurgery([server.Location(_database)], _database, cluster: false));

    [BackendFact]
    public void When_a_revision_spans_several_key_ranges_then_the_outlier_screen_finds_the_figures_of_every_range_in_line_order() =>
        LevelCountScenarios.OutliersAreFoundRangeByRange(server.Location(_database));

    private IEnumerable<TradeRecord> Records(int count, int? stopAt)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == stopAt)
            {
                server.Stop();
            }

            yield return Record(i, 1m);
        }
    }

    /// <summary>ClickHouse 18.16 writes no Parquet: the store refuses it, says what to do instead, and writes nothing.</summary>
    [BackendFact]
    public void When_parquet_is_asked_of_the_clickhouse_store_then_it_is_refused_naming_csv_and_the_duckdb_store()
    {
        using var store = ClickHouseTradeStore.Open(server.Location(_database), default);
        Assert.Equal(LoadStatus.Stored, store.Load("p", [Record(1, 10m)], () => Outcome("p")).Status);
        var path = Path.Combine(Path.GetTempPath(), $"ch-parquet-{Guid.NewGuid():N}.parquet");

        var error = Assert.Throws<StoreException>(() => store.Export(new ExportSelection(null, null, null, null, false), path, ExportFileFormat.Parquet));

        Assert.Equal(
            $"exporting Parquet from the ClickHouse store {store.Path} is not possible: ClickHouse 18.16 writes no Parquet. Export --format csv (the same columns), or export Parquet from a DuckDB store (--db).",
            error.Message);
        Assert.False(File.Exists(path));
    }

    private static TradeRecord Record(int i, decimal usd) =>
        new(CountryCatalog.Default.FromCode(4), CountryCatalog.Default.FromCode(156), Flow.Export, Period.OfYear(2020),
            Product.Hs(10000 + i, 6, "H5"), usd, null, Derivation.Reported, null, i + 1);

    /// <summary>
    /// A schema 7 store (made here from a new one: its releases table without updated_on) is refused by a query and,
    /// opened writable, gains the column: its release says nothing of an update, a new one (ARTIFICIAL) keeps its day.
    /// </summary>
    [BackendFact]
    public void When_a_schema_7_store_is_opened_writable_then_its_releases_gain_the_day_files_were_updated()
    {
        var location = server.Location(_database);
        using (var store = ClickHouseTradeStore.Open(location, default))
        {
            Assert.Equal(LoadStatus.Stored, store.Load("v7", [Record(1, 10m)], () => Outcome("v7")).Status);
        }

        using (var connection = new ServerConnection(location, null))
        {
            connection.Execute($"ALTER TABLE {SqlLiteral.Identifier(_database)}.releases DROP COLUMN updated_on");
        }

        MakeOlder(location, 7, missingTable: null);
        var refused = Assert.Throws<StoreException>(() => ClickHouseTradeStore.Open(location, new TradeStoreOptions { ReadOnly = true }));
        Assert.Contains("has schema version 7; this version of turnover reads 8", refused.Message, StringComparison.Ordinal);
        using (var upgraded = ClickHouseTradeStore.Open(location, default))
        {
            var updated = Outcome("wind") with { Release = Outcome("wind").Release! with { UpdatedOn = new DateOnly(2023, 3, 22) } };
            Assert.Equal(LoadStatus.Stored, upgraded.Load("wind", [Record(2, 20m)], () => updated).Status);
        }

        using var readOnly = ClickHouseTradeStore.Open(location, new TradeStoreOptions { ReadOnly = true });
        Assert.Equal([(DateOnly?)null, new DateOnly(2023, 3, 22)], readOnly.Releases().Select(r => r.UpdatedOn));
    }

    private static ReleaseOutcome Outcome(string hash) =>
        new(new Release(SourceKind.Comtrade, "artificial test records", hash + ".csv", hash, null, "artificial values"), "test", 0, new Dictionary<string, long>(), []);

    // Turns a current store into an older schema: its version set back and the table that version lacked dropped (if any).
    private void MakeOlder(ClickHouseLocation location, int version, string? missingTable)
    {
        using var connection = new ServerConnection(location, null);
        var db = SqlLiteral.Identifier(_database);
        connection.Execute($"ALTER TABLE {db}.store_meta DELETE WHERE name = 'schema_version'");
        while (connection.Rows($"SELECT count() FROM system.mutations WHERE database = {SqlLiteral.Of(_database)} AND is_done = 0")[0][0] != "0")
        {
            Thread.Sleep(20);
        }

        connection.Execute($"INSERT INTO {db}.store_meta VALUES ('schema_version', {SqlLiteral.Of(version.ToString(System.Globalization.CultureInfo.InvariantCulture))})");
        if (missingTable is not null)
        {
            connection.Execute($"DROP TABLE {db}.{SqlLiteral.Identifier(missingTable)}");
        }
    }
}
