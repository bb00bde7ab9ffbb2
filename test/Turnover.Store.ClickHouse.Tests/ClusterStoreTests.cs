using System.Globalization;
using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse.Tests;

/// <summary>What only the sharded store does: rows spread over the shards by pair, a shard going away, its URL.</summary>
[Collection(ClickHouseClusterCollection.Name)]
public sealed class ClusterStoreTests(ClickHouseCluster cluster) : IClickHouseClusterSuite, IDisposable
{
    // ARTIFICIAL records of Afghanistan's exports to 20 partners: enough pairs that both shards hold some.
    private static readonly Country[] s_partners = [.. CountryCatalog.Default.All.Where(c => c.Code is > 4 and < 1024).Take(20)];

    private readonly string _database = $"cl_{Guid.NewGuid():N}";

    public void Dispose()
    {
        if (ClickHouseCluster.UnavailableReason is null)
        {
            ClusterDatabases.Drop(cluster, _database);
        }
    }

    [BackendFact]
    public void When_records_of_many_pairs_are_stored_then_each_pair_is_whole_on_one_shard_and_both_shards_hold_some()
    {
        using var store = ClickHouseTradeStore.Open(cluster.Location(_database), default);
        var records = Records(2_000, stopAt: null).Concat(Records(2_000, stopAt: null).Select(r => r with { Reporter = r.Partner, Partner = r.Reporter }));

        Assert.Equal(LoadStatus.Stored, store.Load("spread", records, () => Outcome("spread")).Status);

        var onShard2 = PairsOnShard2();
        Assert.Equal(new StoreCounts(1, 4_000, 0), store.Counts());
        Assert.InRange(onShard2.Count, 1, s_partners.Length - 1);
        Assert.All(onShard2, p => Assert.Equal(200L, p.Rows)); // 100 lines a direction: both directions, every line
    }

    /// <summary>
    /// Shard 2 is killed while the records stream in through the entry server (after 150,000 of 250,000 ARTIFICIAL
    /// records, past the driver's first batch): the load fails with a StoreException and no release row is written
    /// (the entry server, which alone holds releases, lists none while the shard is away); once it is back the next
    /// writable open sweeps what either shard was given, and the load run again stores it whole on both.
    /// </summary>
    [BackendFact]
    public void When_a_shard_goes_away_mid_ingest_then_the_release_is_absent_and_a_rerun_finishes_it()
    {
        const int Count = 250_000;
        var location = cluster.Location(_database);
        using (var store = ClickHouseTradeStore.Open(location, default))
        {
            var error = Assert.Throws<StoreException>(() => store.Load("big", Records(Count, stopAt: 150_000), () => Outcome("big")));
            Assert.StartsWith("storing failed, nothing was published", error.Message, StringComparison.Ordinal);
        }

        try
        {
            using var entry = new ServerConnection(location with { Cluster = null }, null);
            Assert.Equal("0", entry.Rows($"SELECT count() FROM {SqlLiteral.Identifier(_database)}.releases")[0][0]);
        }
        finally
        {
            cluster.Restart();
        }

        using var reopened = ClickHouseTradeStore.Open(location, default);
        Assert.True(reopened.SweptRecords > 0, "the staged rows are swept");
        Assert.Empty(reopened.Releases());
        Assert.Equal(new StoreCounts(0, 0, 0), reopened.Counts());
        var rerun = reopened.Load("big", Records(Count, stopAt: null), () => Outcome("big"));
        Assert.Equal((LoadStatus.Stored, (long)Count), (rerun.Status, rerun.RowsStored));
        Assert.Equal(new StoreCounts(1, Count, 0), reopened.Counts());
        Assert.InRange(PairsOnShard2().Sum(p => p.Rows), 1, Count - 1);
    }

    [BackendFact]
    public void When_a_sharded_store_is_named_without_its_cluster_then_it_is_refused()
    {
        using (var store = ClickHouseTradeStore.Open(cluster.Location(_database), default))
        {
            Assert.Equal(LoadStatus.Stored, store.Load("h", Records(10, stopAt: null), () => Outcome("h")).Status);
        }

        var error = Assert.Throws<StoreException>(() => ClickHouseTradeStore.Open(cluster.Location(_database) with { Cluster = null }, default));

        Assert.StartsWith($"the store at {cluster.Location(_database) with { Cluster = null }} is sharded over a cluster", error.Message, StringComparison.Ordinal);
    }

    [BackendFact]
    public void When_a_sharded_store_is_opened_through_another_shard_then_it_is_refused_and_its_records_stay()
    {
        using (var store = ClickHouseTradeStore.Open(cluster.Location(_database), default))
        {
            Assert.Equal(LoadStatus.Stored, store.Load("h", Records(100, stopAt: null), () => Outcome("h")).Status);
        }

        var throughShard2 = cluster.Shard2(_database) with { Cluster = ClickHouseCluster.Name };
        var error = Assert.Throws<StoreException>(() => ClickHouseTradeStore.Open(throughShard2, default));

        Assert.Contains("for a store whose entry server is not", error.Message, StringComparison.Ordinal);
        using var store2 = ClickHouseTradeStore.Open(cluster.Location(_database), new TradeStoreOptions { ReadOnly = true });
        Assert.Equal(new StoreCounts(1, 100, 0), store2.Counts());
    }

    [BackendFact]
    public void When_the_cluster_is_not_the_servers_then_opening_says_so()
    {
        var location = cluster.Location(_database) with { Cluster = "no_such_cluster" };

        var error = Assert.Throws<StoreException>(() => ClickHouseTradeStore.Open(location, default));

        Assert.Equal($"ClickHouse at {location} has no cluster 'no_such_cluster' in its remote_servers (system.clusters).", error.Message);
    }

    [BackendFact]
    public void When_the_entry_server_is_not_a_shard_of_the_cluster_then_opening_says_so()
    {
        // turnover_single lists only the single server, which this fixture does not start: shard 1 is not part of it.
        var location = cluster.Location(_database) with { Cluster = "turnover_single" };

        var error = Assert.Throws<StoreException>(() => ClickHouseTradeStore.Open(location, default));

        Assert.StartsWith($"ClickHouse at {location} is not one of the shards of cluster 'turnover_single'", error.Message, StringComparison.Ordinal);
    }

    [BackendFact]
    public void When_an_interrupted_load_left_level_counts_then_the_sweep_removes_them_with_its_records() =>
        LevelCountScenarios.InterruptedLoadsCountsAreSwept(cluster.Location(_database), new StoreSurgery([cluster.Location(_database) with { Cluster = null }, cluster.Shard2(_database)], _database, cluster: true));

    [BackendFact]
    public void When_a_schema_2_store_is_opened_writable_then_its_releases_levels_are_counted_and_coverage_is_unchanged() =>
        LevelCountScenarios.Schema2StoreIsCountedOnUpgrade(cluster.Location(_database), new StoreSurgery([cluster.Location(_database) with { Cluster = null }, cluster.Shard2(_database)], _database, cluster: true));

    [BackendFact]
    public void When_a_revised_level_lacks_a_counted_pair_of_rows_then_coverage_counts_it_from_the_records() =>
        LevelCountScenarios.UncountedPairsAreReadFromTheRecords(cluster.Location(_database), new StoreSurgery([cluster.Location(_database) with { Cluster = null }, cluster.Shard2(_database)], _database, cluster: true));

    [BackendFact]
    public void When_a_revision_spans_several_ranges_of_levels_then_each_range_counts_its_overlaps() =>
        LevelCountScenarios.OverlapsAreCountedRangeByRange(cluster.Location(_database), new StoreSurgery([cluster.Location(_database) with { Cluster = null }, cluster.Shard2(_database)], _database, cluster: true));

    [BackendFact]
    public void When_a_revision_spans_several_key_ranges_then_the_outlier_screen_finds_the_figures_of_every_range_in_line_order() =>
        LevelCountScenarios.OutliersAreFoundRangeByRange(cluster.Location(_database));

    // The pairs shard 2 holds, read from its own table, with their rows.
    private List<(int Partner, long Rows)> PairsOnShard2()
    {
        using var shard2 = new ServerConnection(cluster.Shard2(_database), null);
        return [.. shard2.Rows($"""
            SELECT least({KeyFields.ReporterSql("key")}, {KeyFields.PartnerSql("key")}) AS a, greatest({KeyFields.ReporterSql("key")}, {KeyFields.PartnerSql("key")}) AS b, count()
            FROM {SqlLiteral.Identifier(_database)}.records_local GROUP BY a, b
            """).Select(r => (int.Parse(r[1]!, CultureInfo.InvariantCulture), long.Parse(r[2]!, CultureInfo.InvariantCulture)))];
    }

    private IEnumerable<TradeRecord> Records(int count, int? stopAt)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == stopAt)
            {
                cluster.KillShard2();
            }

            yield return new TradeRecord(CountryCatalog.Default.FromCode(4), s_partners[i % s_partners.Length], Flow.Export, Period.OfYear(2020),
                Product.Hs(10000 + i, 6, "H5"), 1m, null, Derivation.Reported, null, i + 1);
        }
    }

    private static ReleaseOutcome Outcome(string hash) =>
        new(new Release(SourceKind.Comtrade, "artificial test records", hash + ".csv", hash, null, "artificial values"), "test", 0, new Dictionary<string, long>(), []);
}
