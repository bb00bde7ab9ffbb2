using Turnover.Core;
using Turnover.Ingest;
using Turnover.Ingest.Comtrade;
using Turnover.Testing;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    private static readonly Country s_thailand = CountryCatalog.Default.FromCode(764);
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);

    private static string BreakdownsCsv => RepoPaths.Fixture("comtrade", "TradeData_breakdowns.csv");

    /// <summary>
    /// The real Comtrade download with breakdowns beside its totals (test/fixtures/comtrade/TradeData_breakdowns.csv;
    /// the parts are labelled test constructions that add up to the real totals): the parts are stored apart, each read
    /// with its codes and its total, no total adds them, and a retracted release's parts are not read.
    /// </summary>
    [BackendFact]
    public void When_a_file_has_totals_and_breakdowns_then_the_parts_are_stored_apart_and_read_with_their_total()
    {
        var result = LoadComtrade(BreakdownsCsv, "with-parts");

        Assert.Equal((LoadStatus.Stored, 5L, new BreakdownsStored(4, 0)), (result.Status, result.RowsStored, result.Breakdowns));
        Assert.Contains("; 4 breakdown row(s) stored apart from the totals", Store.Releases().Single().Note, StringComparison.Ordinal);
        var parts = Store.Breakdowns(s_china, s_thailand);
        Assert.Equal(4, parts.Count);
        Assert.All(parts, p => Assert.Equal(
            (SourceKind.Comtrade, s_thailand, s_china, Flow.Import, Period.OfYear(2017), Product.Hs(8542, 4, null), 841_607_641.96m),
            (p.Source, p.Reporter, p.Partner, p.Flow, p.Period, p.Product, p.TotalUsd!.Value)));
        // Ordered as the DuckDB store orders them: by the total's key, then the codes (transport, then second partner).
        Assert.Equal(
            [("C00", "0", "156", 9L), ("C00", "0", "344", 10L), ("C00", "1000", "0", 7L), ("C00", "2100", "0", 8L)],
            parts.Select(p => (p.Breakdown.Customs.Code, p.Breakdown.Transport.Code, p.Breakdown.SecondPartner.Code, p.SourceLine)));
        Assert.Equal(
            [("1000", "Air", 500_000_000m), ("2100", "Sea", 341_607_641.96m)],
            parts.Where(p => p.Breakdown.Dimensions is [BreakdownDimension.TransportMode]).Select(p => (p.Breakdown.Transport.Code, p.Breakdown.Transport.Description, p.ValueUsd)));
        Assert.Equal(841_607_641.96m, Store.ProductYears(s_thailand, s_china, 4).Single(l => l.Year == 2017).ValueUsd);

        // Not public before the year it breaks down has ended, whatever the release's date.
        Assert.Empty(Store.Breakdowns(s_thailand, s_china, new DateOnly(2017, 12, 31)));

        Store.Retract(result.ReleaseId, "test");
        Assert.Empty(Store.Breakdowns(s_thailand, s_china));
    }

    /// <summary>A test construction from the same file: the 2017 total (line 5) left out, its four parts kept.</summary>
    [BackendFact]
    public void When_parts_come_without_their_total_then_it_is_not_derived_and_the_note_says_so()
    {
        var lines = File.ReadAllText(BreakdownsCsv, System.Text.Encoding.Latin1).Split("\r\n");
        using var file = TempFile.WithBytes("TradeData_breakdowns.csv", System.Text.Encoding.Latin1.GetBytes(string.Join("\r\n", lines.Where((_, i) => i != 4))));

        var result = LoadComtrade(file.Path, "without-total");

        Assert.Equal((LoadStatus.Stored, 4L, new BreakdownsStored(4, 1)), (result.Status, result.RowsStored, result.Breakdowns));
        Assert.Contains("; 1 total(s) broken down here have no total row in this file: not derived from their parts", Store.Releases().Single().Note, StringComparison.Ordinal);
        Assert.DoesNotContain(Store.ProductYears(s_thailand, s_china, 4), l => l.Year == 2017);
        var parts = Store.Breakdowns(s_thailand, s_china);
        Assert.Equal(4, parts.Count);
        Assert.All(parts, p => Assert.Null(p.TotalUsd));
    }

    /// <summary>A test construction: line 7 of the file given again at its end, so one part twice.</summary>
    [BackendFact]
    public void When_a_part_is_given_twice_then_the_file_is_refused_naming_both_lines()
    {
        var lines = File.ReadAllText(BreakdownsCsv, System.Text.Encoding.Latin1).Split("\r\n");
        using var file = TempFile.WithBytes("TradeData_breakdowns.csv", System.Text.Encoding.Latin1.GetBytes(string.Join("\r\n", [.. lines[..^1], lines[6], string.Empty])));

        var result = LoadComtrade(file.Path, "twice");

        Assert.Equal(LoadStatus.RejectedDuplicateKeys, result.Status);
        var duplicate = Assert.Single(result.DuplicateKeys);
        Assert.Equal((7L, 11L), (duplicate.FirstLine, duplicate.SecondLine));
        Assert.Equal("Thailand's imports from China, 2017, HS 8542; customsCode C00 (TOTAL CPC), motCode 1000 (Air), partner2Code 0 (World)", duplicate.Key);
        Assert.Empty(Store.Releases());
        Assert.Empty(Store.Breakdowns(s_thailand, s_china));
    }

    private LoadResult LoadComtrade(string path, string hash)
    {
        var options = new IngestOptions { IncludeBreakdowns = true };
        var reader = new ComtradeReader();
        var context = new ReadContext(path, options);
        return Store.Load(ReleaseReadings.Of(Path.GetFileName(path), hash, "comtrade", options), TradeReaders.ReadSafely(reader, context), () => new ReleaseOutcome(
            context.HasErrors ? null : new Release(reader.Source, context.Dataset, context.FileName, hash, context.Vintage, context.Note),
            reader.Format, context.RowsRead, context.Skipped, context.Discrepancies), new LoadOptions());
    }
}
