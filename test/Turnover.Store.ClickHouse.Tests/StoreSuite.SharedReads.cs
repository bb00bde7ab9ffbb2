using System.Globalization;
using Turnover.Core;
using Turnover.Ingest;
using Turnover.Ingest.Baci;
using Turnover.Testing;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    [BackendFact]
    public void When_granularities_are_read_at_once_then_each_series_is_what_it_is_read_alone()
    {
        // ARTIFICIAL figures touching every rule a granularity changes: single months (March revised by a later
        // release), a combined January–February, a published quarter, year-to-date cumulatives, a published year
        // beside months that cover it, a year and a month summed from every chapter (a source that is not reconciled needs all), and a rate.
        var (first, revision) = (new DateOnly(2021, 2, 1), new DateOnly(2021, 5, 1));
        var march = Period.Month(2020, 3);
        Load("months", first,
        [
            Line(Flow.Export, Product.Total, 30, Period.Span(2020, 1, 2)),
            Line(Flow.Export, Product.Total, 12, march),
            .. Enumerable.Range(4, 9).Select(m => Line(Flow.Export, Product.Total, m, Period.Month(2020, m))),
            Line(Flow.Export, Product.Total, 50, Period.Quarter(2020, 2)),
            Line(Flow.Export, Product.Total, 90, Period.YearToDate(2020, 6)),
            Line(Flow.Export, Product.Total, 200, Year2020),
            Line(Flow.Import, Product.Total, 7, march),
        ]);
        Load("lines", first, [.. Chapters(Flow.Import, 90, 1, Period.OfYear(2019)), .. Chapters(Flow.Import, 90, 2, Period.Month(2019, 12))]);
        var revised = Store.Load("revision", [Line(Flow.Export, Product.Total, 13, march)], () => Outcome(ArtificialRelease("revision", revision, SourceKind.Comtrade), 1)
            with
        { PublishedRates = [new PublishedRate(A, B, Flow.Export, march, 8.5m, null, ++_line, "test p.1")] });
        Assert.Equal(LoadStatus.Stored, revised.Status);

        SeriesRequest[] Family(DateOnly? asOf, params Granularity[] granularities) =>
            [.. granularities.Select(g => new SeriesRequest(A, B, SourceKind.Comtrade, g, asOf))];
        foreach (var asOf in new DateOnly?[] { null, first, revision.AddDays(-1), revision })
        {
            foreach (var family in new[] { Family(asOf, Granularity.Month, Granularity.Quarter, Granularity.Year), Family(asOf, Granularity.Year, Granularity.Month) })
            {
                var atOnce = Store.ReadSeries(family);
                Assert.Equal(family.Select(r => Text(Store.ReadSeries(r))), atOnce.Select(Text));
            }
        }

        // What the comparison above saw: the revision, the summed year and the quarter as published.
        var latest = Store.ReadSeries(Family(null, Granularity.Month, Granularity.Quarter, Granularity.Year));
        Assert.Equal(13m, latest[0].Values.Single(v => v.Period == march).ExportsUsd);
        Assert.Equal(8.5m, latest[0].PublishedRate(Flow.Export, march));
        Assert.Equal(50m, latest[1].Values.Single(v => v.Period == Period.Quarter(2020, 2)).ExportsUsd);
        Assert.Equal(Period.OfYear(2019), Assert.Single(latest[2].Summed).Period);
        Assert.Equal(Period.Month(2019, 12), Assert.Single(latest[0].Summed).Period);
        Assert.Equal(12m, Store.ReadSeries(Family(revision.AddDays(-1), Granularity.Month))[0].Values.Single(v => v.Period == march).ExportsUsd);
    }

    [BackendFact]
    public void When_series_read_at_once_differ_in_more_than_their_granularity_then_the_read_is_refused()
    {
        var month = new SeriesRequest(A, B, SourceKind.Comtrade, Granularity.Month, null);

        Assert.Throws<ArgumentException>(() => Store.ReadSeries([month, month with { AsOf = new DateOnly(2020, 1, 1) }]));
        Assert.Throws<ArgumentException>(() => Store.ReadSeries([month, month with { Partner = A }]));
        Assert.Throws<ArgumentException>(() => Store.ReadSeries([month, month with { Granularity = Granularity.Span }]));
        Assert.Throws<ArgumentException>(() => Store.ReadSeries(Array.Empty<SeriesRequest>()));
    }

    [BackendFact]
    public void When_a_pair_is_asked_the_other_way_round_then_its_coverage_is_the_first_answer_turned()
    {
        // The real BACI excerpt (Afghanistan's exports in 2021: a reconciled dataset, listed once per pair) and ARTIFICIAL
        // figures of both sides of Afghanistan–China from two other sources, so that the order of sources, reporters and
        // partners all matter.
        var path = RepoPaths.Fixture("baci", "ExampleTradeData.csv");
        var reader = new BaciReader();
        var context = new ReadContext(path, new IngestOptions());
        Assert.Equal(LoadStatus.Stored, Store.Load("baci-example", reader.Read(context), () => new ReleaseOutcome(
            new Release(reader.Source, context.Dataset, context.FileName, "baci-example", context.Vintage, context.Note), reader.Format, context.RowsRead, context.Skipped, context.Discrepancies)).Status);
        TradeRecord Other(Flow flow, decimal usd, Period period) => new(B, A, flow, period, Product.Total, usd, null, Derivation.Reported, null, ++_line);
        Load("comtrade", new DateOnly(2021, 3, 1), Line(Flow.Export, Product.Total, 10, Period.Month(2021, 1)), Other(Flow.Import, 11, Period.Month(2021, 1)));
        Load("gacc", new DateOnly(2022, 3, 1), SourceKind.Gacc, Other(Flow.Export, 12, Period.OfYear(2021)), Other(Flow.Turnover, 20, Period.OfYear(2021)));

        var pairs = Store.Coverage().Select(c => (c.Reporter, c.Partner)).Distinct().ToList();
        Assert.True(pairs.Count > 100, "every pair of the BACI excerpt");
        foreach (var asOf in new DateOnly?[] { null, new DateOnly(2021, 3, 1), new DateOnly(2022, 2, 28) })
        {
            foreach (var (a, b) in pairs)
            {
                var (asked, turned) = (Store.Coverage(a, b, asOf), Store.Coverage(b, a, asOf));
                Assert.Equal(turned, SourceCoverage.AskedTheOtherWay(asked));
                Assert.Equal(asked, SourceCoverage.AskedTheOtherWay(turned));
            }
        }

        // What the comparison saw for Afghanistan–China: three sources, both reporters, the reconciled entry turned.
        var china = Store.Coverage(B, A);
        Assert.Equal(
            new HashSet<(SourceKind, Country)> { (SourceKind.Baci, B), (SourceKind.Comtrade, A), (SourceKind.Comtrade, B), (SourceKind.Gacc, B) },
            china.Select(c => (c.Source, c.Reporter)).ToHashSet());
        Assert.Equal(B, china.Single(c => c.Reconciled).Reporter);
    }

    [BackendFact]
    public void When_a_second_reader_reads_beside_the_first_then_both_answer_alike_and_it_writes_nothing()
    {
        // ARTIFICIAL months of one year, with a revision of March.
        Load("months", new DateOnly(2021, 2, 1), [.. Enumerable.Range(1, 12).Select(m => Line(Flow.Export, Product.Total, m, Period.Month(2020, m)))]);
        Load("revision", new DateOnly(2021, 5, 1), Line(Flow.Export, Product.Total, 30, Period.Month(2020, 3)));
        SeriesRequest[] family = [.. new[] { Granularity.Month, Granularity.Quarter, Granularity.Year }
            .Select(g => new SeriesRequest(A, B, SourceKind.Comtrade, g, new DateOnly(2021, 4, 1)))];
        var alone = Store.ReadSeries(family).Select(Text).ToList();

        using var second = Store.SecondReader();
        Assert.NotNull(second);
        Assert.True(second.ReadOnly);
        var answers = new List<string>[2];
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var handle = i == 0 ? Store : second;
            answers[i] = [.. Enumerable.Range(0, 5).SelectMany(_ => handle.ReadSeries(family).Select(Text))];
        });

        Assert.All(answers, a => Assert.Equal(Enumerable.Range(0, 5).SelectMany(_ => alone), a));
        Assert.Equal(3m, Store.ReadSeries(family[0]).Values.Single(v => v.Period == Period.Month(2020, 3)).ExportsUsd);
        Assert.Equal(Store.Coverage(A, B), second.Coverage(A, B));
        Assert.Throws<InvalidOperationException>(() => second.Load("x", [Line(Flow.Export, Product.Total, 1, Period.Month(2021, 1))], () => Outcome(ArtificialRelease("x", null, SourceKind.Comtrade), 1)));
        Assert.Equal(2, Store.Releases().Count);
    }

    // Everything a series carries, as text: the lists are compared by content, not by reference.
    private static string Text(PairSeries series) => string.Join('\n', [
        string.Create(CultureInfo.InvariantCulture, $"{series.Reporter} {series.Partner} {series.Source} {series.Granularity}"),
        .. series.Values.Select(v => v.ToString()),
        "ytd", .. series.PublishedYearToDate.Select(v => v.ToString()),
        "summed", .. series.Summed.Select(s => s.ToString()),
        "months", .. series.FromMonths.Select(m => m.ToString()),
        "converted", .. series.Converted.Select(c => c.ToString()),
        "rates", .. series.PublishedRates.Select(r => r.ToString()),
    ]);
}
