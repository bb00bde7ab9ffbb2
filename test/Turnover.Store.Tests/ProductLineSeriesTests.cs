using Turnover.Core;

namespace Turnover.Store.Tests;

/// <summary>
/// Product lines read back as monthly series (the target backtest's <c>--products</c>), on records built here: every
/// value is ARTIFICIAL, round numbers chosen to make the grouping obvious, not trade figures of any country.
/// </summary>
public sealed class ProductLineSeriesTests : IDisposable
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);
    private static readonly Country s_world = CountryCatalog.Default.FromCode(0);
    private readonly TradeStore _store = TradeStore.Open(":memory:");
    private long _line;

    public void Dispose() => _store.Dispose();

    [Fact]
    public void When_monthly_product_lines_are_stored_then_each_product_and_partner_is_one_series_of_its_months()
    {
        Load("lines", SourceKind.Gacc,
            Line(s_russia, Oil, Period.Month(2020, 3), 30), Line(s_russia, Oil, Period.Span(2020, 1, 2), 20),
            Line(s_russia, Lng, Period.Month(2020, 1), 5), Line(s_world, Oil, Period.Month(2020, 1), 100),
            Line(s_russia, Oil, Period.OfYear(2019), 999), // a year is not a month of the series
            Line(s_russia, Product.Total, Period.Month(2020, 1), 999)); // a total is no product line
        Load("other", SourceKind.Comtrade, Line(s_russia, Oil, Period.Month(2020, 1), 999));

        var lines = _store.ProductLineSeries(SourceKind.Gacc);

        // Partner by code (World 0 first), then level and code; each series' months in order.
        Assert.Equal([(0, 2709, 4), (643, 2709, 4), (643, 271111, 6)], lines.Select(l => (l.Series.Partner.Code, l.ProductCode, l.ProductDigits)));
        var oil = lines[1].Series;
        Assert.Equal((s_china, SourceKind.Gacc, Granularity.Month), (oil.Reporter, oil.Source, oil.Granularity));
        Assert.Equal([(Period.Span(2020, 1, 2), 20m), (Period.Month(2020, 3), 30m)], oil.Values.Select(v => (v.Period, v.ImportsUsd!.Value)));
        Assert.All(oil.Values, v => Assert.Null(v.ExportsUsd));
        Assert.Empty(oil.PublishedYearToDate);
        Assert.Equal(999m, Assert.Single(Assert.Single(_store.ProductLineSeries(SourceKind.Comtrade)).Series.Values).ImportsUsd);
        Assert.Empty(_store.ProductLineSeries(SourceKind.Kosis));
    }

    private static Product Oil => Product.Hs(2709, 4, "Wind");

    private static Product Lng => Product.Hs(271111, 6, "Wind");

    private TradeRecord Line(Country partner, Product product, Period period, decimal usd) =>
        new(s_china, partner, Flow.Import, period, product, usd, null, Derivation.Reported, null, ++_line);

    private void Load(string hash, SourceKind source, params TradeRecord[] records)
    {
        var release = new Release(source, "artificial test records", hash + ".csv", hash, null, "artificial values");
        var result = _store.Load(hash, records, () => new ReleaseOutcome(release, "test", records.Length, new Dictionary<string, long>(), []));
        Assert.Equal(LoadStatus.Stored, result.Status);
    }
}
