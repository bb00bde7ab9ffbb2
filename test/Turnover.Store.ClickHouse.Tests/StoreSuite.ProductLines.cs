using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    private List<(Country Reporter, Country Partner, int Code, int Digits, Period Period, decimal? Exports, decimal? Imports)> ProductLinesOf(SourceKind source, DateOnly? asOf) =>
        [.. Store.ProductLineSeries(source, asOf).SelectMany(l => l.Series.Values.Select(v =>
            (l.Series.Reporter, l.Series.Partner, l.ProductCode, l.ProductDigits, v.Period, v.ExportsUsd, v.ImportsUsd)))];

    /// <summary>
    /// One source's product lines month by month (what backtest reads): single months and a combined January–February,
    /// never quarters, years or all-goods totals; exports and imports side by side, NULL where a flow has no line; each
    /// line at its latest vintage visible on the date; ordered by reporter, partner, level and code. ARTIFICIAL lines
    /// with round values (GACC's way of publishing, not its figures).
    /// </summary>
    [BackendFact]
    public void When_a_source_publishes_product_lines_by_month_then_each_line_is_one_monthly_series()
    {
        var (janFeb, march) = (Period.Span(2020, 1, 2), Period.Month(2020, 3));
        Load("lines", new DateOnly(2020, 5, 20), SourceKind.Gacc,
            Line(Flow.Export, Hs(2709, 4), 30, janFeb), Line(Flow.Export, Hs(2709, 4), 20, march), Line(Flow.Import, Hs(2709, 4), 5, march),
            Line(Flow.Export, Hs(2709, 4), 50, Period.Span(2020, 1, 3)), Line(Flow.Export, Hs(2709, 4), 200, Year2020),
            Line(Flow.Export, Hs(27, 2), 100, march), Line(Flow.Export, Product.Total, 1000, march),
            Line(Flow.Import, Hs(271111, 6), 8, march) with { Reporter = B, Partner = A });
        Load("revision", new DateOnly(2020, 6, 20), SourceKind.Gacc, Line(Flow.Export, Hs(2709, 4), 22, march));
        Load("other source", null, Line(Flow.Export, Hs(2709, 4), 99, Period.Month(2020, 4)));

        Assert.Equal(
            [
                (A, B, 27, 2, march, 100m, (decimal?)null),
                (A, B, 2709, 4, janFeb, 30m, null),
                (A, B, 2709, 4, march, 22m, 5m),
                (B, A, 271111, 6, march, null, 8m),
            ],
            ProductLinesOf(SourceKind.Gacc, null));
        Assert.Equal(20m, ProductLinesOf(SourceKind.Gacc, new DateOnly(2020, 6, 19)).Single(l => l.Code == 2709 && l.Period == march).Exports);
        Assert.Empty(ProductLinesOf(SourceKind.Gacc, new DateOnly(2020, 5, 19)));
        Assert.All(Store.ProductLineSeries(SourceKind.Gacc), l => Assert.Equal((SourceKind.Gacc, Granularity.Month), (l.Series.Source, l.Series.Granularity)));
        Assert.Empty(Store.ProductLineSeries(SourceKind.Baci));
    }
}
