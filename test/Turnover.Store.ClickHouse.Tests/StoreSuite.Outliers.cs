using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    // ARTIFICIAL figures, chosen against the screen's bounds (Turnover.Store's OutlierScreen): world trade is US$24.9
    // trillion a year, a wrong unit is 100 times off, and below US$1 million no unit check applies.
    private LoadResult LoadWith(string hash, LoadOptions options, params TradeRecord[] records) =>
        Store.Load(ReleaseReading.OfBytes(hash + ".csv", hash), records, () => Outcome(ArtificialRelease(hash, null, SourceKind.Comtrade), records.Length), options);

    [BackendFact]
    public void When_a_figure_is_above_world_trade_in_its_months_then_the_file_is_refused_unless_outliers_are_accepted()
    {
        TradeRecord[] records = [Line(Flow.Export, Product.Total, 10, Period.Month(2020, 1)), Line(Flow.Export, Product.Total, 3_000_000_000_000m, Period.Month(2020, 2))];

        var refused = LoadWith("big", new LoadOptions(), records);

        Assert.Equal(LoadStatus.RejectedOutliers, refused.Status);
        var outlier = Assert.Single(refused.Outliers);
        Assert.Equal((records[1].SourceLine, "Afghanistan's exports to China, 2020-02, all goods", 3_000_000_000_000m, 1, (decimal?)2_075_000_000_000m),
            (outlier.Line, outlier.Figure, outlier.ValueUsd, outlier.Months, outlier.WorldTradeBoundUsd));
        Assert.Equal(new StoreCounts(0, 0, 0), Store.Counts());

        var accepted = LoadWith("big", new LoadOptions { AcceptOutliers = true }, records);

        Assert.Equal((LoadStatus.Stored, 1), (accepted.Status, accepted.Outliers.Count));
        Assert.EndsWith("outliers accepted (--accept-outliers): 1 figure(s) above world trade or 100 times off another release's", Store.Releases().Single().Note, StringComparison.Ordinal);
    }

    [BackendFact]
    public void When_a_figure_is_100_times_the_same_figure_of_another_release_then_it_is_refused_naming_that_release()
    {
        Load("good", new DateOnly(2021, 6, 1), Line(Flow.Export, Product.Total, 5_000_000, Period.Month(2020, 1)), Line(Flow.Export, Product.Total, 6_000_000, Period.Month(2020, 2)));
        TradeRecord[] scaled = [Line(Flow.Export, Product.Total, 500_000_000, Period.Month(2020, 1)), Line(Flow.Export, Product.Total, 594_000_000, Period.Month(2020, 2))];

        var refused = LoadWith("thousands", new LoadOptions(), scaled);

        Assert.Equal(LoadStatus.RejectedOutliers, refused.Status);
        var outlier = Assert.Single(refused.Outliers);
        Assert.Equal((scaled[0].SourceLine, 500_000_000m, (decimal?)5_000_000m, (int?)1, (decimal?)null),
            (outlier.Line, outlier.ValueUsd, outlier.StoredUsd, outlier.StoredRelease, outlier.WorldTradeBoundUsd));
        Assert.Single(Store.Releases());
    }

    [BackendFact]
    public void When_a_figures_product_lines_sum_above_what_a_total_may_reach_then_the_file_is_refused_even_when_outliers_are_accepted()
    {
        TradeRecord[] lines = [.. Enumerable.Range(1, 12).Select(chapter => Line(Flow.Export, Hs(chapter, 2), 900_000_000_000_000m))];

        var result = LoadWith("sum", new LoadOptions { AcceptOutliers = true }, lines);

        Assert.Equal(LoadStatus.RejectedOutliers, result.Status);
        var sum = Assert.Single(result.Outliers);
        Assert.Equal((lines[0].SourceLine, 10_800_000_000_000_000m, (int?)12, "Afghanistan's exports to China, 2020, all goods"), (sum.Line, sum.ValueUsd, sum.SummedLines, sum.Figure));
        Assert.True(sum.BeyondStore);
        Assert.Empty(Store.Releases());
    }
}
