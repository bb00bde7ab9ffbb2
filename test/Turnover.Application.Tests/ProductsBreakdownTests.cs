using Turnover.Core;
using Turnover.Ingest;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// <c>turnover products --by</c> on the real Comtrade layout with breakdowns beside their totals
/// (fixtures/comtrade/TradeData_breakdowns.csv: real rows, and parts that are a labelled test construction adding up to
/// the real total of Thailand's 2017 imports of HS 8542 from China, US$ 841,607,641.96).
/// </summary>
public sealed class ProductsBreakdownTests
{
    private static readonly Country s_thailand = CountryCatalog.Default.FromCode(764);
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);

    private static string Csv => RepoPaths.Fixture("comtrade", "TradeData_breakdowns.csv");

    [Fact]
    public void When_products_are_asked_by_mode_of_transport_then_the_parts_are_listed_under_their_total()
    {
        using var store = With(Csv);

        var answer = Run(store, BreakdownDimension.TransportMode);

        var breakdown = answer.Breakdown!;
        var group = Assert.Single(breakdown.Groups);
        Assert.Equal((Flow.Import, "8542", 841_607_641.96m), (group.Flow, group.Product.ToString(), group.TotalUsd!.Value));
        Assert.Equal(
            [("1000", "Air", 500_000_000m), ("2100", "Sea", 341_607_641.96m)],
            group.Parts.Select(p => (p.Code.Code, p.Code.Description, p.Usd)));
        Assert.Equal(500_000_000m / 841_607_641.96m * 100m, group.Parts[0].SharePercent);
        Assert.Equal(100m, group.CoveredPercent);
        Assert.Equal(2, breakdown.OtherParts);
        // The product line itself is the total, once.
        Assert.Equal(841_607_641.96m, answer.Products.Single().Usd);
    }

    [Fact]
    public void When_no_part_is_stored_by_the_dimension_asked_then_the_breakdown_is_empty()
    {
        using var store = With(Csv);

        var answer = Run(store, BreakdownDimension.CustomsProcedure);

        Assert.Empty(answer.Breakdown!.Groups);
        Assert.Equal(4, answer.Breakdown.OtherParts);
    }

    [Fact]
    public void When_no_dimension_is_asked_then_there_is_no_breakdown()
    {
        using var store = With(Csv);

        Assert.Null(new ProductsQuery(store).Run(new ProductsRequest(s_thailand, s_china) { Years = YearRange.Of(2017), Level = ProductLevel.Heading }).Value.Breakdown);
    }

    [Fact]
    public void When_the_file_gives_parts_without_their_total_then_the_total_is_not_stored_nor_derived()
    {
        // A test construction: the fixture without line 5, the 2017 total the parts break down.
        var lines = File.ReadAllText(Csv, System.Text.Encoding.Latin1).Split("\r\n");
        using var file = TempFile.WithBytes("TradeData_breakdowns.csv", System.Text.Encoding.Latin1.GetBytes(string.Join("\r\n", lines.Where((_, i) => i != 4))));
        using var store = With(file.Path);

        // 2017 has no China line left (the parts are not one): the latest year with a line is 2016.
        var outcome = new ProductsQuery(store).Run(new ProductsRequest(s_thailand, s_china) { Years = YearRange.Of(2017), Level = ProductLevel.Heading, By = BreakdownDimension.TransportMode });

        Assert.False(outcome.Succeeded);
        Assert.Equal(FailureKind.NoData, outcome.Failure!.Kind);
        var parts = store.Breakdowns(s_thailand, s_china);
        Assert.Equal(4, parts.Count);
        Assert.All(parts, p => Assert.Null(p.TotalUsd));
    }

    private static ProductsAnswer Run(TradeStore store, BreakdownDimension by) =>
        new ProductsQuery(store).Run(new ProductsRequest(s_thailand, s_china) { Years = YearRange.Of(2017), Level = ProductLevel.Heading, By = by }).Value;

    private static TradeStore With(string path)
    {
        var store = TradeStore.Open(":memory:");
        var report = new IngestFiles(store).Run(new FileIngestRequest(path, "auto", new IngestOptions { IncludeBreakdowns = true }));
        Assert.Equal(LoadStatus.Stored, report.Status);
        return store;
    }
}
