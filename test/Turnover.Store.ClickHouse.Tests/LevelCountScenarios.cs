using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

/// <summary>
/// The level counts' (release_levels) sweep and upgrade, the overlaps' fallback, and the load's joins of a new release
/// with earlier ones a range of keys at a time (ClickHouseTradeStore.JoinRangeLines, made small), told once for a store
/// on one server and for a sharded one: the tests of each pass their store's location and its surgery on every server
/// with records.
/// </summary>
internal static class LevelCountScenarios
{
    private static readonly Country s_a = CountryCatalog.Default.FromCode(4);
    private static readonly Country s_b = CountryCatalog.Default.FromCode(156);

    /// <summary>
    /// What a load interrupted after counting its levels leaves (release 1's records and counts copied under id 2
    /// with no release row, and its counts alone under id 3) is swept on the next writable open, counts included,
    /// so the next release, which takes id 2, is counted alone: BACI's one year of 50 chapters, not two years.
    /// </summary>
    public static void InterruptedLoadsCountsAreSwept(ClickHouseLocation location, StoreSurgery surgery)
    {
        using (var store = ClickHouseTradeStore.Open(location, default))
        {
            Assert.Equal(LoadStatus.Stored, store.Load("first", ChapterLines(2020, 90), () => Outcome("first", SourceKind.Comtrade)).Status);
        }

        surgery.StageCopy(from: 1, to: 2, records: true);
        surgery.StageCopy(from: 1, to: 3, records: false);

        using var reopened = ClickHouseTradeStore.Open(location, default);
        Assert.Equal(90L, reopened.SweptRecords);
        Assert.Equal((0L, 0L), (surgery.LevelRows(2), surgery.LevelRows(3)));
        var second = reopened.Load("second", ChapterLines(2021, 50), () => Outcome("second", SourceKind.Baci));
        Assert.Equal((LoadStatus.Stored, 2), (second.Status, second.ReleaseId));
        var baci = Assert.Single(reopened.Coverage(), c => c.Source == SourceKind.Baci);
        Assert.Equal((1L, 50L), (baci.Records, baci.SummedLines));
        Assert.Equal(reopened.Coverage(s_a, s_b), reopened.Coverage());
    }

    /// <summary>
    /// A store of schema 2 (made here from a new one: its level counts dropped, version 2) is refused read-only with
    /// the way to upgrade it; opened writable, its releases' levels are counted from their records, and coverage of
    /// every pair answers as before.
    /// </summary>
    public static void Schema2StoreIsCountedOnUpgrade(ClickHouseLocation location, StoreSurgery surgery)
    {
        IReadOnlyList<SourceCoverage> before;
        using (var store = ClickHouseTradeStore.Open(location, default))
        {
            Assert.Equal(LoadStatus.Stored, store.Load("first", ChapterLines(2020, 90), () => Outcome("first", SourceKind.Comtrade)).Status);
            Assert.Equal(LoadStatus.Stored, store.Load("second", ChapterLines(2021, 50), () => Outcome("second", SourceKind.Baci)).Status);
            before = store.Coverage();
        }

        Assert.Equal(2, before.Count);
        surgery.DowngradeToSchema2();

        var refused = Assert.Throws<StoreException>(() => ClickHouseTradeStore.Open(location, new TradeStoreOptions { ReadOnly = true }));
        Assert.Equal($"the store at {location} has schema version 2; this version of turnover reads 8 (open it writable once to upgrade an older one).", refused.Message);
        using (ClickHouseTradeStore.Open(location, default))
        {
        }

        using var upgraded = ClickHouseTradeStore.Open(location, new TradeStoreOptions { ReadOnly = true });
        Assert.Equal(before, upgraded.Coverage());
    }

    /// <summary>
    /// A level two releases hold whose overlaps (release_overlaps) lack a pair of their rows is counted key by key from
    /// the records, not as the rows' lines less what was counted: an undated revision of chapters 11–99 beside 1–90 (its
    /// shared lines dated the day stored: two rows against one), first without the pair that shares 80 keys, then
    /// without any, as a store revised before schema 7 is. 99 distinct lines each time.
    /// </summary>
    public static void UncountedPairsAreReadFromTheRecords(ClickHouseLocation location, StoreSurgery surgery)
    {
        using (var store = ClickHouseTradeStore.Open(location, default))
        {
            Assert.Equal(LoadStatus.Stored, store.Load("first", ChapterLines(2020, 90), () => Outcome("first", SourceKind.Comtrade)).Status);
            Assert.Equal(LoadStatus.Stored, store.Load("revision", ChapterLines(2020, 89, from: 11), () => Outcome("revision", SourceKind.Comtrade)).Status);
            Assert.Equal(99L, Assert.Single(store.Coverage()).SummedLines);
        }

        foreach (var where in new[] { "shared > 0", "1" })
        {
            surgery.DeleteOverlaps(where);
            using var store = ClickHouseTradeStore.Open(location, new TradeStoreOptions { ReadOnly = true });
            Assert.Equal(99L, Assert.Single(store.Coverage()).SummedLines);
            Assert.Equal(store.Coverage(s_a, s_b), store.Coverage());
        }
    }

    /// <summary>
    /// A revision of three years (chapters 11–99 beside 1–90 in each; its 80 shared lines a year dated the day stored,
    /// its 9 new ones undated: two level rows a year against one) has its overlaps counted a range of levels at a time,
    /// one year a range here: every pair of rows of every year is written, 80 keys shared a year, and coverage counts
    /// 99 lines a year from them.
    /// </summary>
    public static void OverlapsAreCountedRangeByRange(ClickHouseLocation location, StoreSurgery surgery)
    {
        using var store = ClickHouseTradeStore.Open(location, default);
        store.JoinRangeLines = 89;
        var years = new[] { 2018, 2019, 2020 };
        Assert.Equal(LoadStatus.Stored, store.Load("first", years.SelectMany(y => ChapterLines(y, 90)), () => Outcome("first", SourceKind.Comtrade)).Status);
        Assert.Equal(LoadStatus.Stored, store.Load("revision", years.SelectMany(y => ChapterLines(y, 89, from: 11)), () => Outcome("revision", SourceKind.Comtrade)).Status);
        Assert.Equal((6L, 240L), surgery.Overlaps());
        var coverage = Assert.Single(store.Coverage());
        Assert.Equal((3L, 297L), (coverage.Records, coverage.SummedLines));
        Assert.Equal(store.Coverage(s_a, s_b), store.Coverage());
    }

    /// <summary>
    /// Six monthly totals revised, three of them a hundred times the stored figure, in three ranges of two keys: all
    /// three are refused, in the order of their lines (the file lists the months backwards, so that order is not the
    /// keys').
    /// </summary>
    public static void OutliersAreFoundRangeByRange(ClickHouseLocation location)
    {
        using var store = ClickHouseTradeStore.Open(location, default);
        store.JoinRangeLines = 2;
        Assert.Equal(LoadStatus.Stored, store.Load("first", MonthTotals(_ => 5_000_000m), () => Outcome("first", SourceKind.Comtrade)).Status);

        var revised = store.Load("revised", MonthTotals(month => month is 1 or 4 or 6 ? 500_000_000m : 5_000_000m), () => Outcome("revised", SourceKind.Comtrade));

        Assert.Equal(LoadStatus.RejectedOutliers, revised.Status);
        Assert.Equal([(1L, 500_000_000m, (decimal?)5_000_000m), (3L, 500_000_000m, 5_000_000m), (6L, 500_000_000m, 5_000_000m)],
            revised.Outliers.Select(o => (o.Line, o.ValueUsd, o.StoredUsd)));
        Assert.Equal(3, store.StagedKeyRanges(1).Count);
    }

    // ARTIFICIAL totals of Afghanistan's exports to China, January to June 2020, listed from June (line 1) back.
    private static IEnumerable<TradeRecord> MonthTotals(Func<int, decimal> valueOfMonth) =>
        Enumerable.Range(1, 6).Reverse().Select((month, index) =>
            new TradeRecord(s_a, s_b, Flow.Export, Period.Month(2020, month), Product.Total, valueOfMonth(month), null, Derivation.Reported, null, index + 1));

    // ARTIFICIAL HS2 lines of Afghanistan's exports to China: count chapters from the first, 1 USD each.
    private static IEnumerable<TradeRecord> ChapterLines(int year, int count, int from = 1) =>
        Enumerable.Range(from, count).Select(c => new TradeRecord(s_a, s_b, Flow.Export, Period.OfYear(year), Product.Hs(c, 2, "H5"), 1m, null, Derivation.Reported, null, c));

    private static ReleaseOutcome Outcome(string hash, SourceKind source) =>
        new(new Release(source, "artificial test records", hash + ".csv", hash, null, "artificial values"), "test", 0, new Dictionary<string, long>(), []);
}
