using System.Globalization;
using Turnover.Core;
using Turnover.Ingest;
using Turnover.Ingest.Baci;
using Turnover.Store.Internal;
using Turnover.Testing;

namespace Turnover.Store.Tests;

/// <summary>
/// Coverage of every pair and of one pair counts lines from release_levels (schema 14), and a pair's totals sum its values
/// (schema 15), written by each load after its revisions are dated; they must count and sum what the records do. Real
/// China–Russia figures; the second release's March 2023 exports (9.044 → 9.1) are a SYNTHETIC revision.
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

    [Theory]
    [InlineData(13, "DROP TABLE release_levels")]
    [InlineData(14, "ALTER TABLE release_levels DROP COLUMN value_usd")]
    public void When_an_older_store_opens_then_release_levels_are_filled_from_its_records_as_loads_write_them(int version, string olderLayout)
    {
        var path = _folder.File($"v{version}.duckdb");
        const string Levels = "SELECT CAST(list((release_id, level_key, published, lines, value_usd) ORDER BY (release_id, level_key, published)) AS VARCHAR) FROM release_levels";
        string written;
        using (var store = TradeStore.Open(path, new TradeStoreOptions { Clock = FixedClock.On(s_storedOn) }))
        {
            BaciFixture.Load(store, BaciFixture.CepiiLayout, "hs92");
            LoadWithRevision(store);
            written = store.Scalar<string>(Levels)!;
            store.Execute(olderLayout);
            store.Execute($"UPDATE store_meta SET value = '{version}' WHERE name = 'schema_version'");
        }

        using var reopened = TradeStore.Open(path);

        Assert.Equal(TradeStore.CurrentSchemaVersion.ToString(CultureInfo.InvariantCulture), reopened.Scalar<string>("SELECT value FROM store_meta WHERE name = 'schema_version'"));
        Assert.Equal(written, reopened.Scalar<string>(Levels));
        // The revised March exports keep the date the revision got (2023-06-01) in the migrated table too.
        Assert.Equal(1L, reopened.Scalar<long>("SELECT count(*) FROM release_levels WHERE published = DATE '2023-06-01'"));
        Assert.True(reopened.Scalar<long>("SELECT count(*) FROM release_levels") > 0);
        Assert.Equal(0L, reopened.Scalar<long>("SELECT count(*) FROM release_levels WHERE value_usd IS NULL"));
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

    [Fact]
    public void When_a_pair_is_read_from_release_levels_then_its_totals_and_counts_are_those_of_its_records()
    {
        using var store = TradeStore.Open(":memory:", new TradeStoreOptions { Clock = FixedClock.On(s_storedOn) });
        BaciFixture.Load(store, BaciFixture.CepiiLayout, "hs92");
        LoadWithRevision(store);
        // A SYNTHETIC revision of two real BACI lines (Afghanistan's first exports in the file, values raised by 1,000
        // USD), dated after the first release: their levels are held by two releases, so they are read from the records.
        var context = new ReadContext(BaciFixture.CepiiLayout, new IngestOptions());
        var revised = new BaciReader().Read(context).Take(2).Select(r => r with { ValueUsd = r.ValueUsd + 1000m }).ToList();
        var (i, j) = ((short)revised[0].Reporter.Code, (short)revised[0].Partner.Code);
        // Asked before the revision is stored, and remembered: the load must make the store forget it.
        Assert.False(store.PairHasRevisions(j, i));
        store.Load("baci-revision", revised, () => new ReleaseOutcome(
            new Release(SourceKind.Baci, "synthetic revision", "baci_revision.csv", "baci-revision", new DateOnly(2023, 5, 1), "SYNTHETIC"), "baci", 2,
            new Dictionary<string, long>(), []));
        var pairs = new List<(short A, short B)>();
        using (var command = store.Command("SELECT DISTINCT record_reporter(key) AS a, record_partner(key) AS b FROM records ORDER BY ALL"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                pairs.Add((reader.GetInt16(0), reader.GetInt16(1)));
            }
        }

        Assert.Contains(pairs, p => p == (156, 643));
        // China–Russia and the five pairs of Afghanistan's exports in the BACI file.
        Assert.Equal(6, pairs.Count);
        Assert.Equal(PairRevisions.Counted, store.RevisionsOf(i, j));
        Assert.Equal(PairRevisions.Counted, store.RevisionsOf(643, 156));
        Assert.Contains(pairs, p => !store.PairHasRevisions(p.A, p.B));
        const string Counts = "(SELECT * EXCLUDE (value_usd) FROM visible_pair_totals(CAST($1 AS DATE), CAST($2 AS SMALLINT), CAST($3 AS SMALLINT)))";
        foreach (var asOf in new DateOnly?[] { null, new(2023, 4, 30), new(2023, 5, 1), s_storedOn })
        {
            foreach (var (a, b) in pairs)
            {
                var fromRecords = Rows(store, "visible_totals", asOf, a, b);
                Assert.Equal(fromRecords, Rows(store, "visible_pair_totals", asOf, a, b));
                Assert.Equal(Rows(store, "visible_total_counts", asOf, a, b), Rows(store, Counts, asOf, a, b));
                // The statements without the revised-levels branch serve only pairs without revisions, and are exact there;
                // those summing from the overlaps serve pairs whose revisions were all counted.
                if (!store.PairHasRevisions(a, b))
                {
                    Assert.Equal(fromRecords, Rows(store, "unrevised_pair_totals", asOf, a, b));
                }

                if (store.RevisionsOf(a, b) != PairRevisions.FromRecords)
                {
                    Assert.Equal(fromRecords, Rows(store, "counted_pair_totals", asOf, a, b));
                }
            }
        }

        // The revised lines' levels do differ as of the revision's date, so the comparison above saw both cases.
        Assert.NotEqual(Rows(store, "visible_pair_totals", new DateOnly(2023, 4, 30), i, j), Rows(store, "visible_pair_totals", null, i, j));
    }

    [Fact]
    public void When_releases_revise_each_other_then_every_pair_coverage_counts_what_the_records_hold_from_the_overlaps_their_loads_counted()
    {
        using var store = TradeStore.Open(":memory:", new TradeStoreOptions { Clock = FixedClock.On(s_storedOn) });
        BaciFixture.Load(store, BaciFixture.CepiiLayout, "hs92");
        var lines = new BaciReader().Read(new ReadContext(BaciFixture.CepiiLayout, new IngestOptions())).ToList();
        // SYNTHETIC revisions of the real BACI lines: the second (dated) restates the first ten and adds a product line
        // the file lacks beside them; the third (undated, so its repeated figures are dated the day it was stored and
        // its new one is not) restates lines 6-15 and adds another, so some levels are held by all three.
        LoadRevision(store, "second", new DateOnly(2023, 5, 1), [.. lines.Take(10).Select(r => r with { ValueUsd = r.ValueUsd + 1000m }), Moved(lines[0], 999_991)]);
        LoadRevision(store, "third", null, [.. lines.Skip(5).Take(10).Select(r => r with { ValueUsd = r.ValueUsd + 2000m }), Moved(lines[0], 999_992)]);
        Assert.True(store.Scalar<long>("SELECT count(*) FROM release_overlaps WHERE release_id = 3 AND other_release_id = 2 AND shared > 0") > 0);
        Assert.True(store.Scalar<long>("SELECT count(*) FROM release_overlaps WHERE shared = 0") > 0);
        DateOnly?[] dates = [null, new(2023, 4, 30), new(2023, 5, 1), s_storedOn];

        var counted = dates.Select(d => EveryPairCounts(store, d)).ToList();
        foreach (var (asOf, rows) in dates.Zip(counted))
        {
            Assert.Equal(CountsFromRecords(store, asOf), rows);
        }

        // A pair's totals likewise, where two releases hold its revised levels (Afghanistan–Azerbaijan, 4–31, whose
        // lines only the first and third restate); with three (Afghanistan–Andorra, 4–24) they come from the records.
        Assert.Equal(PairRevisions.Counted, store.RevisionsOf(4, 31));
        Assert.Equal(PairRevisions.FromRecords, store.RevisionsOf(4, 24));
        AssertPairTotalsFromOverlaps(store, dates);

        // The overlaps are what the answer was made of: one key too many shared changes it where two releases are
        // visible; with none stored (a store revised before schema 16) every revised level is counted from the records.
        store.Execute("UPDATE release_overlaps SET shared = shared + 1");
        Assert.NotEqual(counted[2], EveryPairCounts(store, new DateOnly(2023, 5, 1)));
        store.Execute("UPDATE release_overlaps SET shared = shared - 1");
        store.Execute("DELETE FROM release_overlaps WHERE release_id = 2");
        Assert.Equal(counted, dates.Select(d => EveryPairCounts(store, d)));

        // Without the second release, the first and third each hold two rows of some levels (the third's dated and
        // undated lines): the overlaps the third's load counted against the first still say what the records do.
        store.Retract(2, "test");
        foreach (var asOf in dates)
        {
            Assert.Equal(CountsFromRecords(store, asOf), EveryPairCounts(store, asOf));
        }

        Assert.Equal(PairRevisions.Counted, store.RevisionsOf(4, 24));
        AssertPairTotalsFromOverlaps(store, dates);

        store.Execute("UPDATE release_overlaps SET shared = shared + 1");
        Assert.NotEqual(CountsFromRecords(store, null), EveryPairCounts(store, null));
        store.Execute("UPDATE release_overlaps SET shared = shared - 1");
        // A level whose pairs of rows are not all counted is counted from the records: here the third's dated row
        // against the first's, the one pair that shares keys, is dropped, and the undated row's pair (none shared) kept.
        Assert.Equal(1L, store.Scalar<long>("SELECT count(*) FROM release_overlaps WHERE release_id = 3 AND other_release_id = 1 AND published IS NULL AND level_key IN (SELECT level_key FROM release_overlaps WHERE release_id = 3 AND other_release_id = 1 AND shared > 0)"));
        store.Execute("DELETE FROM release_overlaps WHERE release_id = 3 AND other_release_id = 1 AND shared > 0");
        Assert.Equal(CountsFromRecords(store, null), EveryPairCounts(store, null));
    }

    [Theory]
    [InlineData("2022-06-01")]
    [InlineData("2023-01-01")]
    public void When_a_later_stored_release_was_published_no_later_then_a_pair_s_totals_from_the_overlaps_take_what_the_records_take(string published)
    {
        using var store = TradeStore.Open(":memory:", new TradeStoreOptions { Clock = FixedClock.On(s_storedOn) });
        BaciFixture.Load(store, BaciFixture.CepiiLayout, "hs92");
        const string Total = "SELECT sum(value_usd) FROM visible_totals(CAST($1 AS DATE), 4, 24)";
        var original = store.Scalar<decimal>(Total, (DateOnly?)null);
        // A SYNTHETIC edition of five real lines (values raised by 1,000 USD), stored second but published before
        // BACI V202301 (June 2022: the file's figures win once it is out) or on the same day (the later release wins).
        var vintage = DateOnly.Parse(published, CultureInfo.InvariantCulture);
        var lines = new BaciReader().Read(new ReadContext(BaciFixture.CepiiLayout, new IngestOptions())).Take(5);
        LoadRevision(store, "edition", vintage, [.. lines.Select(r => r with { ValueUsd = r.ValueUsd + 1000m })]);
        Assert.Equal(PairRevisions.Counted, store.RevisionsOf(4, 24));

        AssertPairTotalsFromOverlaps(store, [null, new(2022, 12, 31), new(2023, 1, 1)]);
        Assert.Equal(vintage < new DateOnly(2023, 1, 1) ? original : original + 5000m, store.Scalar<decimal>(Total, (DateOnly?)null));
    }

    // Every pair whose revisions were all counted: its totals from the overlaps are those of its records, values included.
    private static void AssertPairTotalsFromOverlaps(TradeStore store, DateOnly?[] dates)
    {
        short[] partners = [24, 31, 32, 156, 643];
        Assert.Contains(partners, p => store.RevisionsOf(4, p) == PairRevisions.Counted);
        foreach (var partner in partners.Where(p => store.RevisionsOf(4, p) == PairRevisions.Counted))
        {
            foreach (var asOf in dates)
            {
                Assert.Equal(Rows(store, "visible_totals", asOf, 4, partner), Rows(store, "counted_pair_totals", asOf, 4, partner));
            }
        }
    }

    private static TradeRecord Moved(TradeRecord line, int code) =>
        line with { Product = Product.Hs(code, 6, line.Product.Classification) };

    private static void LoadRevision(TradeStore store, string hash, DateOnly? vintage, List<TradeRecord> records) =>
        Assert.Equal(LoadStatus.Stored, store.Load(hash, records, () => new ReleaseOutcome(
            new Release(SourceKind.Baci, "synthetic revision", hash + ".csv", hash, vintage, "SYNTHETIC"), "baci", records.Count,
            new Dictionary<string, long>(), [])).Status);

    private static string EveryPairCounts(TradeStore store, DateOnly? asOf) =>
        store.Scalar<string>("SELECT CAST(list(t ORDER BY t) AS VARCHAR) FROM every_visible_total_count(CAST($1 AS DATE)) t", asOf) ?? "";

    // The same rows counted from the records, pair by pair (visible_total_counts: each level's distinct keys).
    private static string CountsFromRecords(TradeStore store, DateOnly? asOf) =>
        store.Scalar<string>(
            """
            WITH pairs AS (SELECT DISTINCT least(record_reporter(key), record_partner(key)) AS a, greatest(record_reporter(key), record_partner(key)) AS b FROM records)
            SELECT CAST(list(t ORDER BY t) AS VARCHAR)
            FROM pairs p, LATERAL (SELECT * FROM visible_total_counts(CAST($1 AS DATE), p.a, p.b)) t
            """,
            asOf) ?? "";

    // Every row of a table macro (or a query in parentheses, with the same parameters) for one pair, in order, as text.
    private static string Rows(TradeStore store, string source, DateOnly? asOf, short a, short b) =>
        store.Scalar<string>(
            $"SELECT CAST(list(t ORDER BY t) AS VARCHAR) FROM {(source.StartsWith('(') ? source : source + "(CAST($1 AS DATE), CAST($2 AS SMALLINT), CAST($3 AS SMALLINT))")} t",
            asOf, a, b) ?? "";

    private static void LoadWithRevision(TradeStore store)
    {
        store.Load("a", RealFigures.FirstFourMonths2023(), () => RealFigures.Accept("a"));
        store.Load("b", [RealFigures.Record(Period.Month(2023, 3), Flow.Export, 9.1m, 1)], () => RealFigures.Accept("b"));
    }

    private static List<SourceCoverage> EveryPairOfChinaRussia(TradeStore store, DateOnly? asOf) =>
        [.. store.Coverage(asOf).Where(c => c.Reporter == RealFigures.China && c.Partner == RealFigures.Russia)];
}
