using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

/// <summary>
/// The questions every back-end of <see cref="ITradeStore"/> must answer alike (series, coverage, releases and
/// vintages, as-of, whole-or-nothing ingest), asked of a fresh empty store per test: one subclass per back-end
/// (DuckDbStoreSuite, ClickHouseStoreSuite). The expected answers are fixed here, so both back-ends meet the same ones.
/// Records built here are ARTIFICIAL (round numbers chosen to make the arithmetic obvious, not any country's trade);
/// StoreSuite.Baci.cs uses the real BACI fixture.
/// </summary>
public abstract partial class StoreSuite : IDisposable
{
    protected static readonly CountryCatalog Countries = CountryCatalog.Default;
    protected static readonly Country A = Countries.FromCode(4);
    protected static readonly Country B = Countries.FromCode(156);
    protected static readonly Period Year2020 = Period.OfYear(2020);

    private readonly Lazy<ITradeStore> _store;
    private long _line;

    protected StoreSuite() => _store = new Lazy<ITradeStore>(OpenStore);

    /// <summary>The store under test, opened writable and empty on first use.</summary>
    protected ITradeStore Store => _store.Value;

    public void Dispose()
    {
        if (_store.IsValueCreated)
        {
            _store.Value.Dispose();
        }

        DisposeBackend();
        GC.SuppressFinalize(this);
    }

    /// <summary>Opens a new, empty, writable store of the back-end.</summary>
    protected abstract ITradeStore OpenStore();

    /// <summary>
    /// Whether the store takes a file that says it was updated before one already stored, sharing figures with it (the
    /// DuckDB store: the stored one's figures become revisions); ClickHouse refuses it (docs/clickhouse.md).
    /// </summary>
    protected virtual bool TakesOlderFilesAfterNewer => true;

    /// <summary>Removes what <see cref="OpenStore"/> made (a database, a file).</summary>
    protected virtual void DisposeBackend()
    {
    }

    [BackendFact]
    public void When_the_store_is_empty_then_it_holds_nothing()
    {
        Assert.Empty(Store.Releases());
        Assert.Empty(Store.Coverage());
        Assert.Empty(Store.Coverage(A, B));
        Assert.Equal(new StoreCounts(0, 0, 0), Store.Counts());
        Assert.Empty(Read().Values);
    }

    [BackendFact]
    public void When_a_file_holds_several_levels_then_only_the_coarsest_is_summed()
    {
        Load("h", null,
            [.. Chapters(Flow.Export, 90, 10),
            Line(Flow.Export, Hs(101, 4), 60), Line(Flow.Export, Hs(102, 4), 40), Line(Flow.Export, Hs(201, 4), 200),
            Line(Flow.Export, Hs(10110, 6), 60),
            Line(Flow.Import, Hs(101, 4), 7), Line(Flow.Import, Hs(10110, 6), 7)]);

        var series = Read();

        var year = Assert.Single(series.Values);
        Assert.Equal((900m, (decimal?)null), (year.ExportsUsd!.Value, year.ImportsUsd));
        Assert.Equal([new SummedTotal(Year2020, Flow.Export, 90, 2, 2)], series.Summed);
        var coverage = Assert.Single(Store.Coverage());
        Assert.Equal((1L, 1L, 90L, (2, 2)), (coverage.Records, coverage.SummedRecords, coverage.SummedLines, coverage.SummedDigits!.Value));
        Assert.Equal(coverage, Assert.Single(Store.Coverage(A, B)));
        Assert.Equal([new UnsummedLines(SourceKind.Comtrade, 2, 96)], Store.UnsummedProductLines(A, B));
    }

    [BackendFact]
    public void When_a_source_that_is_not_reconciled_has_only_some_products_then_no_total_is_made_of_them()
    {
        Load("h", null, [.. Chapters(Flow.Export, 89, 10), Line(Flow.Import, Hs(8542, 4), 7), Line(Flow.Import, Hs(854231, 6), 7)]);

        Assert.Empty(Read().Values);
        Assert.Empty(Store.Coverage());
        Assert.Empty(Store.Coverage(A, B));
    }

    [BackendFact]
    public void When_a_total_is_published_later_then_earlier_dates_still_see_the_sum()
    {
        Load("lines", new DateOnly(2021, 6, 1), Chapters(Flow.Export, 90, 10));
        Load("total", new DateOnly(2022, 6, 1), Line(Flow.Export, Product.Total, 1000));

        Assert.Equal(1000m, Assert.Single(Read().Values).ExportsUsd);
        Assert.Empty(Read().Summed);
        Assert.Equal(900m, Assert.Single(Read(new DateOnly(2022, 1, 1)).Values).ExportsUsd);
        Assert.Equal(90L, Assert.Single(Store.Coverage(new DateOnly(2022, 1, 1))).SummedLines);
        Assert.Equal(0L, Assert.Single(Store.Coverage()).SummedRecords);
        Assert.Empty(Read(new DateOnly(2021, 5, 31)).Values);
    }

    [BackendFact]
    public void When_a_later_release_revises_a_line_then_each_line_counts_once_at_its_latest_vintage()
    {
        Load("first", new DateOnly(2021, 6, 1), Chapters(Flow.Export, 90, 10));
        Load("revision", new DateOnly(2022, 6, 1), Line(Flow.Export, Hs(1, 2), 15), Line(Flow.Export, Hs(91, 2), 50));

        Assert.Equal(955m, Assert.Single(Read().Values).ExportsUsd); // 900 − 10 + 15 + 50: chapter 1 once, at 15
        Assert.Equal(91L, Assert.Single(Read().Summed).Lines);
        Assert.Equal(900m, Assert.Single(Read(new DateOnly(2022, 1, 1)).Values).ExportsUsd);
        Assert.Equal(91L, Assert.Single(Store.Coverage()).SummedLines);
        Assert.Equal(91L, Assert.Single(Store.Coverage(A, B)).SummedLines);
        Assert.Equal(90L, Assert.Single(Store.Coverage(A, B, new DateOnly(2022, 1, 1))).SummedLines);
        // Every pair's coverage as of a day when only the first release was out: its lines alone, counted per release.
        Assert.Equal(Store.Coverage(A, B, new DateOnly(2022, 1, 1)), Store.Coverage(new DateOnly(2022, 1, 1)));
        // And once both are out: chapter 1 is held by two releases, so its level is counted key by key.
        Assert.Equal(91L, Assert.Single(Store.Coverage(new DateOnly(2022, 6, 1))).SummedLines);
    }

    [BackendFact]
    public void When_months_are_summed_from_lines_then_the_year_and_quarters_add_them_and_say_so()
    {
        Load("h", null, [.. Enumerable.Range(1, 12).SelectMany(m => Chapters(Flow.Export, 90, 1, Period.Month(2020, m)))]);

        var year = Read();
        var quarters = Store.ReadSeries(new SeriesRequest(A, B, SourceKind.Comtrade, Granularity.Quarter, null));

        Assert.Equal(1080m, Assert.Single(year.Values).ExportsUsd);
        Assert.Equal([new SummedTotal(Year2020, Flow.Export, 1080, 2, 2)], year.Summed);
        Assert.Equal(Enumerable.Repeat(270m, 4), quarters.Values.Select(q => q.ExportsUsd!.Value));
        Assert.All(quarters.Summed, s => Assert.Equal(270L, s.Lines));
    }

    [BackendFact]
    public void When_months_were_published_as_totals_then_a_year_summed_from_lines_gives_way_to_them()
    {
        Load("h", null, [.. Enumerable.Range(1, 12).Select(m => Line(Flow.Export, Product.Total, 10, Period.Month(2020, m))), Line(Flow.Export, Hs(1, 2), 50)]);

        var year = Read();

        Assert.Equal(120m, Assert.Single(year.Values).ExportsUsd);
        Assert.Empty(year.Summed);
    }

    [BackendFact]
    public void When_a_reconciled_source_holds_both_directions_then_each_side_reads_exports_and_imports_from_them()
    {
        Load("h", null, SourceKind.Baci,
            Line(Flow.Export, Hs(10110, 6), 1), Line(Flow.Export, Hs(10120, 6), 2),
            Line(Flow.Export, Hs(10110, 6), 10) with { Reporter = B, Partner = A });

        var fromA = Assert.Single(Store.ReadSeries(new SeriesRequest(A, B, SourceKind.Baci, Granularity.Year, null)).Values);
        var fromB = Assert.Single(Store.ReadSeries(new SeriesRequest(B, A, SourceKind.Baci, Granularity.Year, null)).Values);

        Assert.Equal((3m, 10m, 13m), (fromA.ExportsUsd!.Value, fromA.ImportsUsd!.Value, fromA.TurnoverUsd!.Value));
        Assert.Equal((10m, 3m, 13m), (fromB.ExportsUsd!.Value, fromB.ImportsUsd!.Value, fromB.TurnoverUsd!.Value));
        var coverage = Assert.Single(Store.Coverage());
        Assert.Equal((A, B, 2L, 3L, true), (coverage.Reporter, coverage.Partner, coverage.Records, coverage.SummedLines, coverage.Reconciled));
        Assert.Equal(coverage.Reversed(), Assert.Single(Store.Coverage(B, A)));
    }

    [BackendFact]
    public void When_january_and_february_are_published_together_then_months_quarters_and_year_to_date_read_them()
    {
        // GACC's way: a combined January-February, single months after it, and year-to-date cumulatives.
        var months = Enumerable.Range(3, 10).Select(m => Line(Flow.Export, Product.Total, 100, Period.Month(2020, m)));
        Load("h", new DateOnly(2021, 1, 20), SourceKind.Gacc,
            [Line(Flow.Export, Product.Total, 150, Period.Span(2020, 1, 2)), .. months,
            Line(Flow.Export, Product.Total, 450, Period.YearToDate(2020, 5)), Line(Flow.Import, Product.Total, 77, Period.YearToDate(2020, 5))]);

        var monthly = Store.ReadSeries(new SeriesRequest(A, B, SourceKind.Gacc, Granularity.Month, null));
        var quarterly = Store.ReadSeries(new SeriesRequest(A, B, SourceKind.Gacc, Granularity.Quarter, null));
        var yearly = Store.ReadSeries(new SeriesRequest(A, B, SourceKind.Gacc, Granularity.Year, null));

        Assert.Equal([Period.Span(2020, 1, 2), .. Enumerable.Range(3, 10).Select(m => Period.Month(2020, m))], monthly.Values.Select(v => v.Period));
        Assert.Equal([250m, 300m, 300m, 300m], quarterly.Values.Select(v => v.ExportsUsd!.Value));
        Assert.Equal(1150m, Assert.Single(yearly.Values).ExportsUsd);
        Assert.Equal([Period.Span(2020, 1, 2), Period.YearToDate(2020, 5)], monthly.PublishedYearToDate.Select(v => v.Period));
        var ytd = monthly.PublishedYearToDate[1];
        Assert.Equal((450m, 77m), (ytd.ExportsUsd!.Value, ytd.ImportsUsd!.Value));
        var coverage = Assert.Single(Store.Coverage(A, B));
        Assert.Equal((13L, 12L, 0L), (coverage.Records, coverage.MonthsPublished, coverage.YearsPublished));
        Assert.Equal((new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 1)), (coverage.FirstMonth, coverage.LastMonth));
        Assert.Empty(Store.Coverage(A, B, new DateOnly(2021, 1, 19)));
    }

    [BackendFact]
    public void When_undated_releases_are_read_as_of_a_date_then_the_source_lag_decides()
    {
        // No vintage: a Comtrade figure counts from its period's end plus Comtrade's publication lag.
        Load("h", null, Line(Flow.Export, Product.Total, 10, Period.Month(2020, 3)));
        var lag = SourceCatalog.Of(SourceKind.Comtrade).PublicationLagDays;
        var visibleFrom = new DateOnly(2020, 3, 31).AddDays(lag);

        Assert.Empty(Store.ReadSeries(new SeriesRequest(A, B, SourceKind.Comtrade, Granularity.Month, visibleFrom.AddDays(-1))).Values);
        Assert.Equal(10m, Assert.Single(Store.ReadSeries(new SeriesRequest(A, B, SourceKind.Comtrade, Granularity.Month, visibleFrom)).Values).ExportsUsd);
    }
}
