using Turnover.Core;
using static Turnover.Store.Tests.RealFigures;

namespace Turnover.Store.Tests;

/// <summary>Published growth rates stored with their release and visible as of a date like records (issue 8).</summary>
public sealed class PublishedRatesTests : IDisposable
{
    // Real rates of data/gacc/china_russia.csv: Jan–Feb 2023 turnover +25.9% (osnmedia.ru), Jan–Apr 2023 +41.3%
    // (mideastdiscourse.com, 2023-05-09), Jan–Feb 2023 imports +30.3% (pledgetimes.com) and +31.3% (two pages).
    private static readonly PublishedRate s_janFeb = Rate(Flow.Turnover, Period.YearToDate(2023, 2), 25.9m, new DateOnly(2023, 3, 14), 10);
    private static readonly PublishedRate s_janApr = Rate(Flow.Turnover, Period.YearToDate(2023, 4), 41.3m, new DateOnly(2023, 5, 9), 15);
    private static readonly PublishedRate s_importsTypo = Rate(Flow.Import, Period.YearToDate(2023, 2), 30.3m, null, 12);
    private static readonly PublishedRate s_importsRevised = Rate(Flow.Import, Period.YearToDate(2023, 2), 31.3m, null, 12);

    private readonly TradeStore _store = TradeStore.Open(":memory:");

    public void Dispose() => _store.Dispose();

    private static PublishedRate Rate(Flow flow, Period period, decimal rate, DateOnly? published, long line) =>
        new(China, Russia, flow, period, rate, published, line, $"china_russia.csv:{line}");

    private IReadOnlyList<PublishedRate> RatesAsOf(DateOnly? asOf) =>
        _store.ReadSeries(new SeriesRequest(China, Russia, SourceKind.Gacc, Granularity.Month, asOf)).PublishedRates;

    [Fact]
    public void When_a_release_carries_rates_then_the_series_carries_those_published_by_the_date()
    {
        _store.Load("h1", FirstFourMonths2023(), () => Accept("h1") with { PublishedRates = [s_janFeb, s_janApr] });

        Assert.Equal([s_janFeb, s_janApr], RatesAsOf(null));
        Assert.Equal([s_janFeb], RatesAsOf(new DateOnly(2023, 5, 8)));
        Assert.Equal([s_janFeb, s_janApr], RatesAsOf(new DateOnly(2023, 5, 9)));
        Assert.Empty(RatesAsOf(new DateOnly(2023, 3, 13)));
    }

    [Fact]
    public void When_a_rate_has_no_date_then_it_counts_from_its_releases_vintage_and_a_later_vintage_replaces_it()
    {
        _store.Load("h1", FirstFourMonths2023(), () => Accept("h1", new DateOnly(2023, 3, 10)) with { PublishedRates = [s_importsTypo] });
        _store.Load("h2", [], () => Accept("h2", new DateOnly(2023, 4, 20)) with { PublishedRates = [s_importsRevised] });

        Assert.Empty(RatesAsOf(new DateOnly(2023, 3, 9)));
        Assert.Equal(30.3m, Assert.Single(RatesAsOf(new DateOnly(2023, 3, 10))).RatePercent);
        Assert.Equal(31.3m, Assert.Single(RatesAsOf(new DateOnly(2023, 4, 20))).RatePercent);
        Assert.Equal(31.3m, Assert.Single(RatesAsOf(null)).RatePercent);
    }

    [Fact]
    public void When_a_release_is_rejected_then_its_rates_are_not_stored()
    {
        _store.Load("h1", FirstFourMonths2023(), () => Reject() with { PublishedRates = [s_janFeb] });

        Assert.Empty(_store.PublishedRates(China, Russia, SourceKind.Gacc));
    }

    [Fact]
    public void When_reports_of_a_rate_disagree_then_the_disagreement_is_kept_with_its_release()
    {
        var disagreement = new RateDisagreement(China, Russia, Flow.Import, Period.YearToDate(2023, 2), 31.3m, "https://epravda.com.ua/rus/news/64071f9e1cf66/index.amp",
            30.3m, "https://pledgetimes.com/a-big-jump-in-chinas-exports-to-russia-in-april/", "2 of 3 reports agree with 31.3 within rounding, 1 with 30.3");

        _store.Load("h1", FirstFourMonths2023(), () => Accept("h1") with { PublishedRates = [s_importsRevised], RateDisagreements = [disagreement] });

        var (release, stored) = Assert.Single(_store.RateDisagreements());
        Assert.Equal(1, release);
        Assert.Equal(disagreement, stored);
        Assert.Equal(s_importsRevised, Assert.Single(_store.PublishedRates(Russia, China, SourceKind.Gacc)));
    }
}
