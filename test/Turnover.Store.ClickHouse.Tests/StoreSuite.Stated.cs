using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    /// <summary>
    /// Figures as pages stated them (a news-sourced table such as Russia's side): kept with their words, read in both
    /// directions of the pair, each visible from its release's vintage or, undated, from the end of its span (of its
    /// year where the span is approximate) plus the source's lag; a statement a later release holds again is read from
    /// that release, and from the earlier one again when the later is retracted. ARTIFICIAL figures and pages.
    /// </summary>
    [BackendFact]
    public void When_figures_are_stated_in_two_releases_then_each_date_sees_the_latest_statement_visible_then()
    {
        var fullYear = Stated(A, B, Flow.Turnover, 2020, Period.OfYear(2020), 27m, 5.5m, "page-1", 1);
        var approximate = Stated(A, B, Flow.Turnover, 2021, null, 30m, null, "page-2", 2);
        var halfYear = Stated(B, A, Flow.Export, 2020, Period.Span(2020, 1, 6), null, -3.25m, "page-3", 3);
        var restated = fullYear with { ValueUsd = 27.5m, Quote = "restated" };
        LoadStated("first", null, Period.OfYear(2019), [fullYear, approximate, halfYear]);
        var second = LoadStated("second", new DateOnly(2022, 3, 1), Period.OfYear(2018), [restated]);
        // FCS's lag: an undated statement counts from its span's end plus that many days.
        var lag = SourceCatalog.Of(SourceKind.Fcs).PublicationLagDays;
        List<StatedFigure> AsOf(DateOnly? date) => [.. Store.StatedFigures(A, B, SourceKind.Fcs, date)];

        Assert.Equal([restated, approximate, halfYear], AsOf(null));
        Assert.Equal(AsOf(null), Store.StatedFigures(B, A, SourceKind.Fcs));
        Assert.Equal([fullYear, approximate, halfYear], AsOf(new DateOnly(2022, 2, 28)));
        Assert.Equal([fullYear, halfYear], AsOf(new DateOnly(2021, 12, 31).AddDays(lag - 1)));
        Assert.Equal([halfYear], AsOf(new DateOnly(2020, 12, 31).AddDays(lag - 1)));
        Assert.Equal([fullYear, halfYear], AsOf(new DateOnly(2020, 12, 31).AddDays(lag)));
        Assert.Empty(AsOf(new DateOnly(2020, 6, 30).AddDays(lag - 1)));
        Assert.Empty(Store.StatedFigures(A, B, SourceKind.Gacc));

        Store.Retract(second, "test: the restatement was withdrawn");
        Assert.Equal([fullYear, approximate, halfYear], AsOf(null));
    }

    private static StatedFigure Stated(Country reporter, Country partner, Flow flow, int year, Period? period, decimal? usd, decimal? pct, string page, long line) =>
        new(reporter, partner, flow, year, period, usd, pct, period is null ? "to ~November (approximate)" : "as stated",
            Attribution.Explicit, "the customs service, as quoted", "https://example.test/" + page, "“a quoted sentence”", line);

    private int LoadStated(string hash, DateOnly? vintage, Period recordPeriod, StatedFigure[] stated)
    {
        TradeRecord[] records = [Line(Flow.Export, Product.Total, 100, recordPeriod)];
        var result = Store.Load(hash, records, () => Outcome(ArtificialRelease(hash, vintage, SourceKind.Fcs), 1) with { StatedFigures = stated });
        Assert.Equal(LoadStatus.Stored, result.Status);
        return result.ReleaseId;
    }
}
