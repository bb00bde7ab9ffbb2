using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    private List<(Period Period, MirrorFlow Flow, SideLevel? A, SideLevel? B)> Mirror(DateOnly? asOf) =>
        [.. Store.MirrorLevels(new MirrorRequest(A, B, SourceKind.Gacc, SourceKind.Comtrade, asOf)).Select(l => (l.Period, l.Flow, l.A, l.B))];

    [BackendFact]
    public void When_a_mirror_names_one_country_twice_or_a_reconciled_source_then_it_is_refused_saying_why()
    {
        var same = Assert.Throws<ArgumentException>(() => Store.MirrorLevels(new MirrorRequest(A, A, SourceKind.Gacc, SourceKind.Comtrade, null)));
        var reconciled = Assert.Throws<ArgumentException>(() => Store.MirrorLevels(new MirrorRequest(A, B, SourceKind.Gacc, SourceKind.Baci, null)));

        Assert.StartsWith($"Both sides are {A.Name}: a mirror needs two countries.", same.Message, StringComparison.Ordinal);
        Assert.StartsWith("A reconciled dataset is no side's statistics", reconciled.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Both sides' levels over the same spans (mirror.sql): full years; a side's longest year to date in a year it has
    /// no full year of the flow, met by the other side's months summed; a published cumulative before the sum of the
    /// months; China's combined January–February as two months; turnover as exports plus imports where a side printed
    /// none; a shorter span left out for a side that has the full year. ARTIFICIAL figures with round values: A
    /// reports to GACC, B to Comtrade.
    /// </summary>
    [BackendFact]
    public void When_both_sides_report_a_pair_then_the_mirror_compares_them_over_the_same_spans()
    {
        Load("a 2020", new DateOnly(2021, 1, 20), SourceKind.Gacc,
            Line(Flow.Export, Product.Total, 120), Line(Flow.Import, Product.Total, 60));
        Load("a 2021-22", new DateOnly(2021, 11, 20), SourceKind.Gacc,
            [Line(Flow.Export, Product.Total, 20, Period.Span(2021, 1, 2)),
            .. Enumerable.Range(3, 8).Select(m => Line(Flow.Export, Product.Total, 10, Period.Month(2021, m))),
            Line(Flow.Export, Product.Total, 110, Period.YearToDate(2021, 10)),
            .. Enumerable.Range(1, 10).Select(m => Line(Flow.Import, Product.Total, 5, Period.Month(2021, m))),
            Line(Flow.Export, Product.Total, 60, Period.YearToDate(2022, 6))]);
        Load("b", new DateOnly(2022, 3, 1), SourceKind.Comtrade,
            [.. new[] { Line(Flow.Turnover, Product.Total, 200), Line(Flow.Export, Product.Total, 70) }
                .Concat(Enumerable.Range(1, 12).Select(m => Line(Flow.Export, Product.Total, 4, Period.Month(2021, m))))
                .Concat(Enumerable.Range(1, 12).Select(m => Line(Flow.Export, Product.Total, 2, Period.Month(2022, m))))
                .Select(r => r with { Reporter = B, Partner = A })]);

        static SideLevel Published(decimal usd) => new(usd, LevelOrigin.Published);
        static SideLevel Summed(decimal usd) => new(usd, LevelOrigin.SummedMonths);
        static SideLevel Added(decimal usd) => new(usd, LevelOrigin.ExportsPlusImports);
        Assert.Equal(
            [
                (Year2020, MirrorFlow.AToB, Published(120), (SideLevel?)null),
                (Year2020, MirrorFlow.BToA, Published(60), Published(70)),
                (Year2020, MirrorFlow.Turnover, Added(180), Published(200)),
                (Period.YearToDate(2021, 10), MirrorFlow.AToB, Published(110), null),
                (Period.YearToDate(2021, 10), MirrorFlow.BToA, Summed(50), Summed(40)),
                (Period.YearToDate(2021, 10), MirrorFlow.Turnover, Added(160), null),
                (Period.OfYear(2021), MirrorFlow.BToA, null, Summed(48)),
                (Period.YearToDate(2022, 6), MirrorFlow.AToB, Published(60), null),
                (Period.OfYear(2022), MirrorFlow.BToA, null, Summed(24)), // not B's January-June: B has the year
            ],
            Mirror(null));
        Assert.Equal(
            [(Year2020, MirrorFlow.AToB, Published(120), null), (Year2020, MirrorFlow.BToA, Published(60), null), (Year2020, MirrorFlow.Turnover, Added(180), (SideLevel?)null)],
            Mirror(new DateOnly(2021, 6, 1)));
        Assert.Throws<ArgumentException>(() => Store.MirrorLevels(new MirrorRequest(A, A, SourceKind.Gacc, SourceKind.Comtrade, null)));
        Assert.Throws<ArgumentException>(() => Store.MirrorLevels(new MirrorRequest(A, B, SourceKind.Gacc, SourceKind.Baci, null)));
    }
}
