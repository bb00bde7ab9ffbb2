using Turnover.Core;
using static Turnover.Store.Tests.RealFigures;

namespace Turnover.Store.Tests;

/// <summary>
/// Figures implausible for trade between two countries reject the whole file unless accepted (issue 8 point 4). The
/// figures are China's real 2023 ones, multiplied as a wrong unit would (thousands read as millions: 1,000).
/// </summary>
public class OutlierTests : IDisposable
{
    private readonly TradeStore _store = TradeStore.Open(":memory:");

    public OutlierTests()
        : this(rangeLines: null)
    {
    }

    // The comparison with stored figures runs a key range at a time; 1 puts every figure in a range of its own.
    protected OutlierTests(int? rangeLines)
    {
        _store.LoadRangeLines = rangeLines ?? _store.LoadRangeLines;
    }

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    private static IEnumerable<TradeRecord> Scaled(decimal factor) => FirstFourMonths2023().Select(r => r with { ValueUsd = r.ValueUsd * factor });

    private LoadResult Load(string hash, IEnumerable<TradeRecord> records, bool accept = false) =>
        _store.Load(ReleaseReading.OfBytes("china_russia.csv", hash), records, () => Accept(hash), new LoadOptions { AcceptOutliers = accept });

    [Fact]
    public void When_a_figure_is_above_world_trade_in_its_months_then_the_file_is_refused_whole()
    {
        var result = Load("x1000", Scaled(1000));

        Assert.Equal(LoadStatus.RejectedOutliers, result.Status);
        Assert.Empty(_store.Releases());
        Assert.Equal(0L, _store.Counts().Records);
        // Jan-Feb turnover 33.685 trillion is above two months of world trade (4.15 trillion); March exports 9.044 trillion above one (2.075).
        var first = result.Outliers[0];
        Assert.Equal((10L, 33_685_000_000_000m, 2, 4_150_000_000_000m), (first.Line, first.ValueUsd, first.Months, first.WorldTradeBoundUsd));
        Assert.Equal("China's trade with Russian Federation, 2023-01..02, all goods", first.Figure);
        Assert.Equal([10L, 11, 12, 13, 14, 15, 16], result.Outliers.Select(o => o.Line));
    }

    [Fact]
    public void When_outliers_are_accepted_then_the_file_is_stored_and_its_note_says_so()
    {
        var result = Load("x1000", Scaled(1000), accept: true);

        Assert.Equal((LoadStatus.Stored, 7), (result.Status, result.Outliers.Count));
        Assert.EndsWith("outliers accepted (--accept-outliers): 7 figure(s) above world trade or 100 times off another release's", _store.Releases().Single().Note, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_figure_is_100_times_the_same_figure_of_another_release_then_it_is_refused_naming_that_release()
    {
        var good = Load("good", FirstFourMonths2023());

        // 100 times is below world trade (March exports 904 bn) but not the same figure as release 1 holds.
        var result = Load("x100", Scaled(100));

        Assert.Equal(LoadStatus.RejectedOutliers, result.Status);
        var first = result.Outliers[0];
        Assert.Equal((10L, 3_368_500_000_000m, 33_685_000_000m, good.ReleaseId), (first.Line, first.ValueUsd, first.StoredUsd, first.StoredRelease));
        Assert.Null(first.WorldTradeBoundUsd);
        Assert.Equal(7, result.Outliers.Count);
    }

    [Fact]
    public void When_the_wrong_release_is_retracted_then_the_corrected_figures_are_not_compared_with_it()
    {
        var wrong = Load("x100", Scaled(100));
        Assert.Equal(LoadStatus.Stored, wrong.Status);
        Assert.Equal(LoadStatus.RejectedOutliers, Load("good", FirstFourMonths2023()).Status);

        _store.Retract(wrong.ReleaseId, "unit");

        Assert.Equal(LoadStatus.Stored, Load("good", FirstFourMonths2023()).Status);
    }

    [Fact]
    public void When_figures_differ_less_than_100_times_then_they_pass()
    {
        Load("good", FirstFourMonths2023());

        Assert.Equal(LoadStatus.Stored, Load("x99", Scaled(99)).Status);
    }

    [Fact]
    public void When_a_figures_product_lines_sum_above_what_a_total_may_reach_then_the_file_is_refused_even_when_outliers_are_accepted()
    {
        // Each line is within the readers' ceiling (10^15 USD); 12 of them sum to 1.08 * 10^16, which the store's
        // totals (read back as DECIMAL(18, 2)) could not hold: every later query of the pair would fail.
        var lines = Enumerable.Range(0, 12).Select(i => new TradeRecord(
            China, Russia, Flow.Export, Period.OfYear(2021), Product.Hs(10_000 + i, 6, "HS92"), 900_000_000_000_000m, null, Derivation.Reported, null, i + 2));

        var result = Load("sum", lines, accept: true);

        Assert.Equal(LoadStatus.RejectedOutliers, result.Status);
        var sum = Assert.Single(result.Outliers);
        Assert.Equal((2L, 10_800_000_000_000_000m, 12), (sum.Line, sum.ValueUsd, sum.SummedLines));
        Assert.Equal("China's exports to Russian Federation, 2021, all goods", sum.Figure);
        Assert.True(sum.BeyondStore);
        Assert.Empty(_store.Releases());
        Assert.Equal(0L, _store.Counts().Records);
    }

    [Fact]
    public void When_product_lines_sum_to_the_ceiling_then_outliers_accepted_store_them_and_the_total_reads_back()
    {
        var lines = Enumerable.Range(0, 2).Select(i => new TradeRecord(
            China, Russia, Flow.Export, Period.OfYear(2021), Product.Hs(10_000 + i, 6, "HS92"), Outlier.SumCeilingUsd / 2, null, Derivation.Reported, null, i + 2));

        // BACI's product lines are summed into totals (GACC's are not).
        var baci = new ReleaseOutcome(new Release(SourceKind.Baci, "test release", "BACI_HS92_Y2021_V202301.csv", "ceiling", null, "values in thousands of USD"), "baci", 2, new Dictionary<string, long>(), []);
        var result = _store.Load(ReleaseReading.OfBytes("BACI_HS92_Y2021_V202301.csv", "ceiling"), lines, () => baci, new LoadOptions { AcceptOutliers = true });

        Assert.Equal(LoadStatus.Stored, result.Status);
        Assert.DoesNotContain(result.Outliers, o => o.BeyondStore);
        var year = _store.ReadSeries(new SeriesRequest(China, Russia, SourceKind.Baci, Granularity.Year, null)).Values.Single();
        Assert.Equal(Outlier.SumCeilingUsd, year.ExportsUsd);
    }
}

/// <summary>The same, each figure compared with the store in a key range of its own.</summary>
public sealed class OutlierTestsOneFigureARange() : OutlierTests(rangeLines: 1);
