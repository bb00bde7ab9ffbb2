using Turnover.Core;

namespace Turnover.Store.Tests;

/// <summary>
/// BACI publishes HS6 lines only: a pair's totals are the sums of its lines, exports from the pair's own direction and
/// imports from the reverse one, and the dataset is listed once per pair. Real fixture, expected sums from the raw file.
/// </summary>
public sealed class BaciTotalsTests : IDisposable
{
    private static readonly CountryCatalog s_countries = CountryCatalog.Default;
    private static readonly Country s_afghanistan = s_countries.FromCode(4);
    private static readonly Country s_china = s_countries.FromCode(156);
    private readonly TradeStore _store = TradeStore.Open(":memory:");

    public void Dispose() => _store.Dispose();

    private PairSeries Annual(Country reporter, Country partner, DateOnly? asOf = null) =>
        _store.ReadSeries(new SeriesRequest(reporter, partner, SourceKind.Baci, Granularity.Year, asOf));

    [Fact]
    public void When_a_baci_file_is_loaded_then_each_pairs_exports_are_the_sum_of_its_hs6_lines()
    {
        var expected = BaciFixture.SumsByPair(BaciFixture.RLayout);
        Assert.Equal(LoadStatus.Stored, BaciFixture.Load(_store, BaciFixture.RLayout, "r").Status);

        Assert.True(expected.Count > 100, "the fixture has Afghanistan's exports to over a hundred partners");
        foreach (var ((i, j), (usd, lines)) in expected)
        {
            var series = Annual(s_countries.FromCode(i), s_countries.FromCode(j));
            var year = Assert.Single(series.Values);
            Assert.Equal((Period.OfYear(2021), usd, (decimal?)null), (year.Period, year.ExportsUsd!.Value, year.ImportsUsd));
            Assert.Equal([new SummedTotal(Period.OfYear(2021), Flow.Export, lines, 6, 6)], series.Summed);
        }
    }

    [Fact]
    public void When_the_partner_asks_then_its_imports_are_the_reverse_rows_exports()
    {
        var expected = BaciFixture.SumsByPair(BaciFixture.CepiiLayout)[(4, 156)];
        BaciFixture.Load(_store, BaciFixture.CepiiLayout, "cepii");

        var series = Annual(s_china, s_afghanistan);

        var year = Assert.Single(series.Values);
        // China's imports from Afghanistan are BACI's rows i=4 (Afghanistan), j=156 (China); the fixture has no row
        // i=156, j=4, so China's exports stay missing (not zero) and so do turnover and balance.
        Assert.Equal((expected.Usd, (decimal?)null, (decimal?)null), (year.ImportsUsd!.Value, year.ExportsUsd, year.TurnoverUsd));
        Assert.Equal([new SummedTotal(Period.OfYear(2021), Flow.Import, expected.Lines, 6, 6)], series.Summed);
    }

    [Fact]
    public void When_coverage_is_asked_then_baci_is_listed_once_per_pair_as_asked()
    {
        var expected = BaciFixture.SumsByPair(BaciFixture.CepiiLayout);
        BaciFixture.Load(_store, BaciFixture.CepiiLayout, "cepii");

        var fromChina = Assert.Single(_store.Coverage(s_china, s_afghanistan));
        var fromAfghanistan = Assert.Single(_store.Coverage(s_afghanistan, s_china));
        var every = _store.Coverage();

        Assert.Equal((s_china, s_afghanistan, true), (fromChina.Reporter, fromChina.Partner, fromChina.Reconciled));
        Assert.Equal(fromChina.Reversed(), fromAfghanistan);
        Assert.Equal((1L, 1L, (long)expected[(4, 156)].Lines, (6, 6)), (fromChina.Records, fromChina.SummedRecords, fromChina.SummedLines, fromChina.SummedDigits!.Value));
        // Every pair once, the lower code first (Afghanistan, 4, is below every partner's code).
        Assert.Equal(expected.Keys.Order().Select(k => (s_countries.FromCode(k.I), s_countries.FromCode(k.J), (long)expected[k].Lines)),
            every.Select(c => (c.Reporter, c.Partner, c.SummedLines)));
    }

    [Fact]
    public void When_asked_as_of_a_date_before_the_release_then_no_sum_is_visible()
    {
        // The file name says release V202301: BACI's vintage is 2023-01-01.
        BaciFixture.Load(_store, BaciFixture.CepiiLayout, "cepii");

        Assert.Empty(Annual(s_afghanistan, s_china, new DateOnly(2022, 12, 31)).Values);
        Assert.Empty(_store.Coverage(new DateOnly(2022, 12, 31)));
        Assert.Single(Annual(s_afghanistan, s_china, new DateOnly(2023, 1, 1)).Values);
        Assert.Equal(5, _store.Coverage(new DateOnly(2023, 1, 1)).Count);
    }
}
