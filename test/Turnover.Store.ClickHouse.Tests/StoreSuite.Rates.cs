using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    [BackendFact]
    public void When_rates_are_published_in_two_vintages_then_each_date_sees_the_latest_and_the_series_carries_the_reporters()
    {
        // ARTIFICIAL rates: a first print and its revision, one of the other direction, and a disagreement kept as evidence.
        var march = Period.Month(2020, 3);
        PublishedRate Rate(Country reporter, Country partner, decimal pct) => new(reporter, partner, Flow.Export, march, pct, null, ++_line, "test p." + _line);
        LoadWithRates("first", new DateOnly(2020, 4, 10), [Rate(A, B, 12.5m), Rate(B, A, -3.25m)],
            [new RateDisagreement(A, B, Flow.Export, march, 12.5m, "p.1", 12.9m, "p.2", "rounding beyond one decimal")]);
        LoadWithRates("revision", new DateOnly(2020, 5, 10), [Rate(A, B, 12.75m)], []);

        var latest = Store.PublishedRates(A, B, SourceKind.Gacc);
        var before = Store.PublishedRates(A, B, SourceKind.Gacc, new DateOnly(2020, 5, 1));
        var series = Store.ReadSeries(new SeriesRequest(A, B, SourceKind.Gacc, Granularity.Month, null));

        Assert.Equal([(A, B, 12.75m), (B, A, -3.25m)], latest.Select(r => (r.Reporter, r.Partner, r.RatePercent)));
        Assert.Equal([(A, B, 12.5m), (B, A, -3.25m)], before.Select(r => (r.Reporter, r.Partner, r.RatePercent)));
        Assert.Equal(12.75m, series.PublishedRate(Flow.Export, march));
        Assert.Single(series.PublishedRates);
        Assert.Empty(Store.PublishedRates(A, B, SourceKind.Gacc, new DateOnly(2020, 4, 9)));
        var (releaseId, disagreement) = Assert.Single(Store.RateDisagreements());
        Assert.Equal((1, 12.9m, "rounding beyond one decimal"), (releaseId, disagreement.OtherPercent, disagreement.Reason));
    }

    private void LoadWithRates(string hash, DateOnly vintage, PublishedRate[] rates, RateDisagreement[] disagreements)
    {
        TradeRecord[] records = [Line(Flow.Export, Product.Total, 100, Period.Month(2020, 3))];
        var result = Store.Load(hash, records, () => Outcome(ArtificialRelease(hash, vintage, SourceKind.Gacc), 1)
            with
        { PublishedRates = rates, RateDisagreements = disagreements });
        Assert.Equal(LoadStatus.Stored, result.Status);
    }
}
