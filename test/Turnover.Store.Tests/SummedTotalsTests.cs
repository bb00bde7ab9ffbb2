using Turnover.Core;

namespace Turnover.Store.Tests;

/// <summary>
/// Which lines a summed total adds up, on records built here. No real fixture holds the cases (a published total next
/// to its lines, several HS levels, a revised line), so every value below is ARTIFICIAL: round numbers chosen to make
/// the arithmetic obvious, not trade figures of any country. A source that is not reconciled has its lines summed
/// only as HS2 chapters, at least 90 of them (schema.sql, summable_level): <see cref="Chapters"/> builds such sets.
/// </summary>
public sealed class SummedTotalsTests : IDisposable
{
    private static readonly CountryCatalog s_countries = CountryCatalog.Default;
    private static readonly Country s_a = s_countries.FromCode(4);
    private static readonly Country s_b = s_countries.FromCode(156);
    private static readonly Period s_year = Period.OfYear(2020);
    private readonly TradeStore _store = TradeStore.Open(":memory:");
    private long _line;

    public void Dispose() => _store.Dispose();

    [Fact]
    public void When_a_file_holds_several_levels_then_only_the_coarsest_is_summed()
    {
        Load("h", null,
            [.. Chapters(Flow.Export, 90, 10),
            Line(Flow.Export, Hs(101, 4), 60), Line(Flow.Export, Hs(102, 4), 40), Line(Flow.Export, Hs(201, 4), 200),
            Line(Flow.Export, Hs(10110, 6), 60),
            Line(Flow.Import, Hs(101, 4), 7), Line(Flow.Import, Hs(10110, 6), 7)]);

        var series = Read();

        var year = Assert.Single(series.Values);
        Assert.Equal((900m, (decimal?)null), (year.ExportsUsd!.Value, year.ImportsUsd)); // not 1,260; two import lines are no total
        Assert.Equal([new SummedTotal(s_year, Flow.Export, 90, 2, 2)], series.Summed);
        var coverage = Assert.Single(_store.Coverage());
        Assert.Equal((1L, 1L, 90L, (2, 2)), (coverage.Records, coverage.SummedRecords, coverage.SummedLines, coverage.SummedDigits!.Value));
        Assert.Equal(coverage, Assert.Single(_store.Coverage(s_a, s_b))); // every pair's query and one pair's agree
    }

    [Fact]
    public void When_a_source_that_is_not_reconciled_has_only_some_products_then_no_total_is_made_of_them()
    {
        Load("h", null, [.. Chapters(Flow.Export, 89, 10), Line(Flow.Import, Hs(8542, 4), 7), Line(Flow.Import, Hs(854231, 6), 7)]);

        Assert.Empty(Read().Values);
        Assert.Empty(_store.Coverage());
        Assert.Empty(_store.Coverage(s_a, s_b));
    }

    [Fact]
    public void When_a_total_is_published_then_it_wins_over_the_sum_of_lines()
    {
        Load("h", null, Line(Flow.Export, Product.Total, 1000), Line(Flow.Export, Hs(1, 2), 100), Line(Flow.Export, Hs(2, 2), 200));

        var series = Read();

        Assert.Equal(1000m, Assert.Single(series.Values).ExportsUsd);
        Assert.Empty(series.Summed);
        var coverage = Assert.Single(_store.Coverage(s_a, s_b));
        Assert.Equal((1L, 0L, 0L, ((int, int)?)null), (coverage.Records, coverage.SummedRecords, coverage.SummedLines, coverage.SummedDigits));
    }

    [Fact]
    public void When_a_total_is_published_later_then_earlier_dates_still_see_the_sum()
    {
        Load("lines", new DateOnly(2021, 6, 1), Chapters(Flow.Export, 90, 10));
        Load("total", new DateOnly(2022, 6, 1), Line(Flow.Export, Product.Total, 1000));

        Assert.Equal(1000m, Assert.Single(Read().Values).ExportsUsd);
        Assert.Equal(900m, Assert.Single(Read(new DateOnly(2022, 1, 1)).Values).ExportsUsd);
        Assert.Equal(90L, Assert.Single(_store.Coverage(new DateOnly(2022, 1, 1))).SummedLines);
        Assert.Equal(0L, Assert.Single(_store.Coverage()).SummedRecords);
    }

    [Fact]
    public void When_a_later_release_revises_a_line_then_each_line_counts_once_at_its_latest_vintage()
    {
        Load("first", new DateOnly(2021, 6, 1), Chapters(Flow.Export, 90, 10));
        Load("revision", new DateOnly(2022, 6, 1), Line(Flow.Export, Hs(1, 2), 15), Line(Flow.Export, Hs(91, 2), 50));

        var latest = Read();
        var before = Read(new DateOnly(2022, 1, 1));

        Assert.Equal(955m, Assert.Single(latest.Values).ExportsUsd); // 900 − 10 + 15 + 50: chapter 1 once, at 15
        Assert.Equal(91L, Assert.Single(latest.Summed).Lines);
        Assert.Equal(900m, Assert.Single(before.Values).ExportsUsd);
        Assert.Equal(90L, Assert.Single(before.Summed).Lines);
        Assert.Empty(Read(new DateOnly(2021, 5, 31)).Values);
        // Coverage counts the same lines, whether of every pair or of this one.
        Assert.Equal(91L, Assert.Single(_store.Coverage()).SummedLines);
        Assert.Equal(91L, Assert.Single(_store.Coverage(s_a, s_b)).SummedLines);
        Assert.Equal(90L, Assert.Single(_store.Coverage(s_a, s_b, new DateOnly(2022, 1, 1))).SummedLines);
    }

    [Fact]
    public void When_months_are_summed_from_lines_then_the_year_adds_them_and_says_so()
    {
        var months = Enumerable.Range(1, 12).SelectMany(m => Chapters(Flow.Export, 90, 1, Period.Month(2020, m)));
        Load("h", null, [.. months]);

        var year = Read();
        var quarters = _store.ReadSeries(new SeriesRequest(s_a, s_b, SourceKind.Comtrade, Granularity.Quarter, null));

        Assert.Equal(1080m, Assert.Single(year.Values).ExportsUsd);
        Assert.Equal([new SummedTotal(s_year, Flow.Export, 1080, 2, 2)], year.Summed);
        Assert.Equal(Enumerable.Repeat(270m, 4), quarters.Values.Select(q => q.ExportsUsd!.Value));
        Assert.All(quarters.Summed, s => Assert.Equal(270L, s.Lines));
    }

    [Fact]
    public void When_months_were_published_as_totals_then_a_year_summed_from_lines_gives_way_to_them()
    {
        var months = Enumerable.Range(1, 12).Select(m => Line(Flow.Export, Product.Total, 10, Period.Month(2020, m)));
        Load("h", null, [.. months, Line(Flow.Export, Hs(1, 2), 50)]);

        var year = Read();

        Assert.Equal(120m, Assert.Single(year.Values).ExportsUsd);
        Assert.Empty(year.Summed);
    }

    [Fact]
    public void When_a_reconciled_source_holds_both_directions_then_each_side_reads_exports_and_imports_from_them()
    {
        Load("h", null, SourceKind.Baci,
            Line(Flow.Export, Hs(10110, 6), 1), Line(Flow.Export, Hs(10120, 6), 2),
            Line(Flow.Export, Hs(10110, 6), 10) with { Reporter = s_b, Partner = s_a });

        var fromA = Assert.Single(_store.ReadSeries(new SeriesRequest(s_a, s_b, SourceKind.Baci, Granularity.Year, null)).Values);
        var fromB = Assert.Single(_store.ReadSeries(new SeriesRequest(s_b, s_a, SourceKind.Baci, Granularity.Year, null)).Values);

        Assert.Equal((3m, 10m, 13m, -7m), (fromA.ExportsUsd!.Value, fromA.ImportsUsd!.Value, fromA.TurnoverUsd!.Value, fromA.BalanceUsd!.Value));
        Assert.Equal((10m, 3m, 13m, 7m), (fromB.ExportsUsd!.Value, fromB.ImportsUsd!.Value, fromB.TurnoverUsd!.Value, fromB.BalanceUsd!.Value));
        var coverage = Assert.Single(_store.Coverage());
        Assert.Equal((s_a, s_b, 2L, 3L), (coverage.Reporter, coverage.Partner, coverage.Records, coverage.SummedLines));
        Assert.Equal(coverage.Reversed(), Assert.Single(_store.Coverage(s_b, s_a)));
    }

    [Fact]
    public void When_a_source_is_not_reconciled_then_the_partners_exports_are_not_read_as_imports()
    {
        Load("h", null, [.. Chapters(Flow.Export, 90, 1), .. Chapters(Flow.Export, 90, 10).Select(l => l with { Reporter = s_b, Partner = s_a })]);

        var fromA = Assert.Single(Read().Values);

        Assert.Equal((90m, (decimal?)null), (fromA.ExportsUsd!.Value, fromA.ImportsUsd));
        Assert.Equal(2, _store.Coverage().Count);
    }

    private static Product Hs(int code, int digits) => Product.Hs(code, digits, "H5");

    /// <summary>HS2 chapters 1 to <paramref name="count"/>, each worth <paramref name="usd"/>.</summary>
    private TradeRecord[] Chapters(Flow flow, int count, decimal usd, Period? period = null) =>
        [.. Enumerable.Range(1, count).Select(chapter => Line(flow, Hs(chapter, 2), usd, period))];

    private PairSeries Read(DateOnly? asOf = null) =>
        _store.ReadSeries(new SeriesRequest(s_a, s_b, SourceKind.Comtrade, Granularity.Year, asOf));

    private TradeRecord Line(Flow flow, Product product, decimal usd, Period? period = null) =>
        new(s_a, s_b, flow, period ?? s_year, product, usd, null, Derivation.Reported, null, ++_line);

    private void Load(string hash, DateOnly? vintage, params TradeRecord[] records) => Load(hash, vintage, SourceKind.Comtrade, records);

    private void Load(string hash, DateOnly? vintage, SourceKind source, params TradeRecord[] records)
    {
        var release = new Release(source, "artificial test records", hash + ".csv", hash, vintage, "artificial values");
        var result = _store.Load(hash, records, () => new ReleaseOutcome(release, "test", records.Length, new Dictionary<string, long>(), []));
        Assert.Equal(LoadStatus.Stored, result.Status);
    }
}
