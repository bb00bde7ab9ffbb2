using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

/// <summary>
/// The load's joins of a new release with earlier ones a range of keys at a time (ClickHouseTradeStore.JoinRangeLines,
/// made small here), told once for a store on one server and for a sharded one.
/// </summary>
internal static class RangedJoinScenarios
{
    private static readonly Country s_a = CountryCatalog.Default.FromCode(4);
    private static readonly Country s_b = CountryCatalog.Default.FromCode(156);

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
        Assert.Equal(LoadStatus.Stored, store.Load("first", years.SelectMany(y => ChapterLines(y, 90)), () => Outcome("first")).Status);
        Assert.Equal(LoadStatus.Stored, store.Load("revision", years.SelectMany(y => ChapterLines(y, 89, from: 11)), () => Outcome("revision")).Status);
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
        Assert.Equal(LoadStatus.Stored, store.Load("first", MonthTotals(_ => 5_000_000m), () => Outcome("first")).Status);

        var revised = store.Load("revised", MonthTotals(month => month is 1 or 4 or 6 ? 500_000_000m : 5_000_000m), () => Outcome("revised"));

        Assert.Equal(LoadStatus.RejectedOutliers, revised.Status);
        Assert.Equal([(1L, 500_000_000m, (decimal?)5_000_000m), (3L, 500_000_000m, 5_000_000m), (6L, 500_000_000m, 5_000_000m)],
            revised.Outliers.Select(o => (o.Line, o.ValueUsd, o.StoredUsd)));
        Assert.Equal(3, store.StagedKeyRanges(1).Count);
    }

    // ARTIFICIAL HS2 lines of Afghanistan's exports to China: count chapters from the first, 1 USD each.
    private static IEnumerable<TradeRecord> ChapterLines(int year, int count, int from = 1) =>
        Enumerable.Range(from, count).Select(c => new TradeRecord(s_a, s_b, Flow.Export, Period.OfYear(year), Product.Hs(c, 2, "H5"), 1m, null, Derivation.Reported, null, c));

    // ARTIFICIAL totals of Afghanistan's exports to China, January to June 2020, listed from June (line 1) back.
    private static IEnumerable<TradeRecord> MonthTotals(Func<int, decimal> valueOfMonth) =>
        Enumerable.Range(1, 6).Reverse().Select((month, index) =>
            new TradeRecord(s_a, s_b, Flow.Export, Period.Month(2020, month), Product.Total, valueOfMonth(month), null, Derivation.Reported, null, index + 1));

    private static ReleaseOutcome Outcome(string hash) =>
        new(new Release(SourceKind.Comtrade, "artificial test records", hash + ".csv", hash, null, "artificial values"), "test", 0, new Dictionary<string, long>(), []);
}
