using Turnover.Core;
using Turnover.Ingest;
using Turnover.Ingest.Baci;
using Turnover.Testing;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    /// <summary>
    /// The real BACI excerpt (test/fixtures/baci/ExampleTradeData.csv: Afghanistan's exports in 2021, 3,070 rows of
    /// BACI HS92 V202301), read by the BACI reader: every pair's yearly total is the sum of its rows' v × 1000, computed
    /// here from the raw text without the reader.
    /// </summary>
    [BackendFact]
    public void When_real_baci_rows_are_stored_then_every_pairs_total_is_the_sum_of_its_lines()
    {
        var path = RepoPaths.Fixture("baci", "ExampleTradeData.csv");
        // The file has exporter 4 only, and every importer code is above it, so each pair is listed lower code first as
        // coverage lists BACI.
        var expected = BaciSums.ByPair(path);
        var reader = new BaciReader();
        var context = new ReadContext(path, new IngestOptions());
        var result = Store.Load("baci-example", reader.Read(context), () => new ReleaseOutcome(
            context.HasErrors ? null : new Release(reader.Source, context.Dataset, context.FileName, "baci-example", context.Vintage, context.Note),
            reader.Format, context.RowsRead, context.Skipped, context.Discrepancies));

        Assert.Equal((LoadStatus.Stored, 3070L), (result.Status, result.RowsStored));
        Assert.True(expected.Count > 100, "the fixture has Afghanistan's exports to over a hundred partners");
        Assert.Equal(expected.Count, Store.Coverage().Count);
        foreach (var ((i, j), (usd, lines)) in expected)
        {
            // BACI's own codes (381 for Italy) resolve as the reader resolves them.
            var (a, b) = (Countries.FromCode(i), Countries.FromCode(j));
            var coverage = Assert.Single(Store.Coverage(a, b));
            Assert.Equal((1L, (long)lines, true), (coverage.Records, coverage.SummedLines, coverage.Reconciled));
            var series = Store.ReadSeries(new SeriesRequest(a, b, SourceKind.Baci, Granularity.Year, null));
            Assert.Equal((Period.OfYear(2021), usd), (Assert.Single(series.Values).Period, series.Values[0].ExportsUsd!.Value));
            Assert.Equal([new SummedTotal(Period.OfYear(2021), Flow.Export, lines, 6, 6)], series.Summed);
        }
    }
}
