using System.Globalization;
using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Store.Tests;

/// <summary>
/// Coverage of every pair counts lines from release_levels (schema 14), written by each load after its revisions are
/// dated; it must count what one pair's coverage counts from the records. Real China–Russia figures; the second
/// release's March 2023 exports (9.044 → 9.1) are a SYNTHETIC revision.
/// </summary>
public sealed class ReleaseLevelsTests : IDisposable
{
    private static readonly DateOnly s_storedOn = new(2023, 6, 1);
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void When_the_revised_release_is_the_only_live_one_then_every_pair_coverage_dates_its_revision_as_the_pair_coverage_does()
    {
        using var store = TradeStore.Open(":memory:", new TradeStoreOptions { Clock = FixedClock.On(s_storedOn) });
        LoadWithRevision(store);
        // The first release gone, the revised March figure is the level's only line: it counts from the day it was
        // stored, not from March's lag date, in both answers.
        store.Retract(1, "test");

        foreach (var asOf in new DateOnly?[] { null, new(2023, 5, 31), s_storedOn })
        {
            Assert.Equal(store.Coverage(RealFigures.China, RealFigures.Russia, asOf), EveryPairOfChinaRussia(store, asOf));
        }

        Assert.Empty(EveryPairOfChinaRussia(store, new DateOnly(2023, 5, 31)));
        Assert.Single(EveryPairOfChinaRussia(store, s_storedOn));
    }

    [Fact]
    public void When_a_schema_13_store_opens_then_release_levels_are_filled_from_its_records_as_loads_write_them()
    {
        var path = _folder.File("v13.duckdb");
        const string Levels = "SELECT CAST(list((release_id, level_key, published, lines) ORDER BY (release_id, level_key, published)) AS VARCHAR) FROM release_levels";
        string written;
        using (var store = TradeStore.Open(path, new TradeStoreOptions { Clock = FixedClock.On(s_storedOn) }))
        {
            BaciFixture.Load(store, BaciFixture.CepiiLayout, "hs92");
            LoadWithRevision(store);
            written = store.Scalar<string>(Levels)!;
            store.Execute("DROP TABLE release_levels");
            store.Execute("UPDATE store_meta SET value = '13' WHERE name = 'schema_version'");
        }

        using var reopened = TradeStore.Open(path);

        Assert.Equal(TradeStore.CurrentSchemaVersion.ToString(CultureInfo.InvariantCulture), reopened.Scalar<string>("SELECT value FROM store_meta WHERE name = 'schema_version'"));
        Assert.Equal(written, reopened.Scalar<string>(Levels));
        // The revised March exports keep the date the revision got (2023-06-01) in the migrated table too.
        Assert.Equal(1L, reopened.Scalar<long>("SELECT count(*) FROM release_levels WHERE published = DATE '2023-06-01'"));
        Assert.True(reopened.Scalar<long>("SELECT count(*) FROM release_levels") > 0);
    }

    [Fact]
    public void When_a_store_predates_store_meta_then_its_records_are_counted_in_every_pair_coverage()
    {
        var path = _folder.File("v0.duckdb");
        MigrationTests.WriteUnpackedStore(path);

        using var store = TradeStore.Open(path);

        var pair = store.Coverage(RealFigures.China, RealFigures.Russia);
        Assert.NotEmpty(pair);
        Assert.Equal(pair, EveryPairOfChinaRussia(store, null));
        Assert.True(store.Scalar<long>("SELECT count(*) FROM release_periods") > 0);
    }

    private static void LoadWithRevision(TradeStore store)
    {
        store.Load("a", RealFigures.FirstFourMonths2023(), () => RealFigures.Accept("a"));
        store.Load("b", [RealFigures.Record(Period.Month(2023, 3), Flow.Export, 9.1m, 1)], () => RealFigures.Accept("b"));
    }

    private static List<SourceCoverage> EveryPairOfChinaRussia(TradeStore store, DateOnly? asOf) =>
        [.. store.Coverage(asOf).Where(c => c.Reporter == RealFigures.China && c.Partner == RealFigures.Russia)];
}
