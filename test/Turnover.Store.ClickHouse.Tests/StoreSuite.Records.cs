using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    /// <summary>The clock every suite store is opened with: to the microsecond (DuckDB's TIMESTAMP), which a store keeping whole seconds would lose.</summary>
    protected static readonly TimeProvider Clock = new Turnover.Testing.FixedClock(new DateTimeOffset(new DateTime(2024, 5, 6, 7, 8, 9, 123, DateTimeKind.Utc).AddTicks(4560)));

    protected static Product Hs(int code, int digits) => Product.Hs(code, digits, "H5");

    /// <summary>HS2 chapters 1 to <paramref name="count"/>, each worth <paramref name="usd"/>.</summary>
    protected TradeRecord[] Chapters(Flow flow, int count, decimal usd, Period? period = null) =>
        [.. Enumerable.Range(1, count).Select(chapter => Line(flow, Hs(chapter, 2), usd, period))];

    protected PairSeries Read(DateOnly? asOf = null) =>
        Store.ReadSeries(new SeriesRequest(A, B, SourceKind.Comtrade, Granularity.Year, asOf));

    protected TradeRecord Line(Flow flow, Product product, decimal usd, Period? period = null) =>
        new(A, B, flow, period ?? Year2020, product, usd, null, Derivation.Reported, null, ++_line);

    protected void Load(string hash, DateOnly? vintage, params TradeRecord[] records) => Load(hash, vintage, SourceKind.Comtrade, records);

    // A file that says when its figures were last updated (as Wind's Update row does), and no publication date.
    protected void LoadUpdated(string hash, DateOnly updatedOn, params TradeRecord[] records)
    {
        var release = ArtificialRelease(hash, null, SourceKind.Comtrade) with { UpdatedOn = updatedOn };
        Assert.Equal(LoadStatus.Stored, Store.Load(hash, records, () => Outcome(release, records.Length)).Status);
    }

    protected void Load(string hash, DateOnly? vintage, SourceKind source, params TradeRecord[] records)
    {
        var result = Store.Load(hash, records, () => Outcome(ArtificialRelease(hash, vintage, source), records.Length));
        Assert.Equal(LoadStatus.Stored, result.Status);
    }

    protected static Release ArtificialRelease(string hash, DateOnly? vintage, SourceKind source) =>
        new(source, "artificial test records", hash + ".csv", hash, vintage, "artificial values");

    protected static ReleaseOutcome Outcome(Release? release, long rowsRead) =>
        new(release, "test", rowsRead, new Dictionary<string, long>(), []);
}
