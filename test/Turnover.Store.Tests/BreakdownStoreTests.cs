using Turnover.Core;
using Turnover.Ingest;
using Turnover.Ingest.Comtrade;
using Turnover.Testing;

namespace Turnover.Store.Tests;

/// <summary>
/// Comtrade files read with breakdowns (issue 12): the parts of a total are stored apart from it, so that no query adds
/// a total and its parts; a part given twice is refused; a total given only as parts is not derived. On the real layouts
/// with breakdowns beside their totals (fixtures/comtrade: TradeData_breakdowns.csv and HS-60a6ad.breakdowns.json,
/// real totals plus labelled test constructions that add up to them).
/// </summary>
public sealed class BreakdownStoreTests
{
    private static readonly Country s_thailand = CountryCatalog.Default.FromCode(764);
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_germany = CountryCatalog.Default.FromCode(276);
    private static readonly IngestOptions s_included = new() { IncludeBreakdowns = true };

    private static string Csv => RepoPaths.Fixture("comtrade", "TradeData_breakdowns.csv");

    private static string Json => RepoPaths.Fixture("comtrade", "HS-60a6ad.breakdowns.json");

    [Fact]
    public void When_a_file_has_totals_and_breakdowns_then_it_is_stored_with_the_parts_apart()
    {
        using var store = TradeStore.Open(":memory:");

        var result = Load(store, Csv, s_included);

        Assert.Equal((LoadStatus.Stored, 5L, new BreakdownsStored(4, 0)), (result.Status, result.RowsStored, result.Breakdowns));
        Assert.Equal(5L, store.Scalar<long>("SELECT count(*) FROM records"));
        Assert.Contains("4 breakdown row(s) stored apart from the totals", store.Releases().Single().Note, StringComparison.Ordinal);
    }

    [Fact]
    public void When_breakdowns_are_stored_then_product_lines_are_the_totals_alone_as_without_them()
    {
        using var with = TradeStore.Open(":memory:");
        using var without = TradeStore.Open(":memory:");
        Load(with, Csv, s_included);
        Load(without, Csv, new IngestOptions());

        var lines = with.ProductYears(s_thailand, s_china, 4);

        Assert.Equal(without.ProductYears(s_thailand, s_china, 4), lines);
        // Line 344 of the real download: Thailand's 2017 imports of HS 8542 from China, once (the parts add up to it too).
        Assert.Equal(841_607_641.96m, lines.Single(l => l.Year == 2017).ValueUsd);
        Assert.Equal(
            without.SupplierYears(s_thailand, Product.Hs(8542, 4, null)),
            with.SupplierYears(s_thailand, Product.Hs(8542, 4, null)));
        Assert.Equal(without.Coverage(s_thailand, s_china), with.Coverage(s_thailand, s_china));
    }

    [Fact]
    public void When_all_goods_totals_have_breakdowns_then_the_series_is_the_totals_alone_as_without_them()
    {
        using var with = TradeStore.Open(":memory:");
        using var without = TradeStore.Open(":memory:");
        Load(with, Json, s_included);
        Load(without, Json, new IngestOptions());
        var request = new SeriesRequest(s_china, s_germany, SourceKind.Comtrade, Granularity.Year, null);

        var series = with.ReadSeries(request);

        var expected = without.ReadSeries(request);
        Assert.Equal(expected.Values, series.Values);
        // HS-60a6ad.json: China's 2010 imports from Germany 74,251,272,075 and exports 68,047,133,397 (not the parts again).
        var year = Assert.Single(series.Values);
        Assert.Equal((74_251_272_075m, 68_047_133_397m), (year.ImportsUsd, year.ExportsUsd));
    }

    [Fact]
    public void When_breakdowns_are_read_then_each_part_comes_with_its_codes_and_its_total()
    {
        using var store = TradeStore.Open(":memory:");
        Load(store, Csv, s_included);

        var parts = store.Breakdowns(s_china, s_thailand);

        Assert.Equal(4, parts.Count);
        Assert.All(parts, p => Assert.Equal((s_thailand, s_china, Flow.Import, Period.OfYear(2017), 841_607_641.96m), (p.Reporter, p.Partner, p.Flow, p.Period, p.TotalUsd!.Value)));
        Assert.Equal(
            [("1000", "Air", 500_000_000m), ("2100", "Sea", 341_607_641.96m)],
            parts.Where(p => p.Breakdown.Dimensions is [BreakdownDimension.TransportMode]).Select(p => (p.Breakdown.Transport.Code, p.Breakdown.Transport.Description, p.ValueUsd)));
        Assert.Equal([9L, 10L, 7L, 8L], parts.Select(p => p.SourceLine));
    }

    [Fact]
    public void When_a_part_is_given_twice_then_the_file_is_refused_naming_both_lines_and_the_fields()
    {
        var lines = File.ReadAllText(Csv, System.Text.Encoding.Latin1).Split("\r\n");
        using var file = TempFile.WithBytes("TradeData_breakdowns.csv", System.Text.Encoding.Latin1.GetBytes(string.Join("\r\n", [.. lines[..^1], lines[6], string.Empty])));
        using var store = TradeStore.Open(":memory:");

        var result = Load(store, file.Path, s_included);

        Assert.Equal(LoadStatus.RejectedDuplicateKeys, result.Status);
        var duplicate = Assert.Single(result.DuplicateKeys);
        Assert.Equal((7L, 11L), (duplicate.FirstLine, duplicate.SecondLine));
        Assert.Equal("Thailand's imports from China, 2017, HS 8542; customsCode C00 (TOTAL CPC), motCode 1000 (Air), partner2Code 0 (World)", duplicate.Key);
        Assert.Equal(0L, store.Scalar<long>("SELECT count(*) FROM breakdowns"));
    }

    [Fact]
    public void When_parts_come_without_their_total_then_the_total_is_not_derived_and_the_note_says_so()
    {
        // A test construction from the fixture: line 5 (the 2017 China total) left out, its four parts kept.
        var lines = File.ReadAllText(Csv, System.Text.Encoding.Latin1).Split("\r\n");
        using var file = TempFile.WithBytes("TradeData_breakdowns.csv", System.Text.Encoding.Latin1.GetBytes(string.Join("\r\n", lines.Where((_, i) => i != 4))));
        using var store = TradeStore.Open(":memory:");

        var result = Load(store, file.Path, s_included);

        Assert.Equal((LoadStatus.Stored, 4L, new BreakdownsStored(4, 1)), (result.Status, result.RowsStored, result.Breakdowns));
        Assert.Contains("1 total(s) broken down here have no total row in this file: not derived from their parts", store.Releases().Single().Note, StringComparison.Ordinal);
        Assert.DoesNotContain(store.ProductYears(s_thailand, s_china, 4), l => l.Year == 2017);
        Assert.All(store.Breakdowns(s_thailand, s_china), p => Assert.Null(p.TotalUsd));
    }

    [Fact]
    public void When_a_release_is_retracted_then_its_parts_are_not_read()
    {
        using var store = TradeStore.Open(":memory:");
        var result = Load(store, Csv, s_included);

        store.Retract(result.ReleaseId, "test");

        Assert.Empty(store.Breakdowns(s_thailand, s_china));
    }

    private static LoadResult Load(TradeStore store, string path, IngestOptions options)
    {
        var reader = new ComtradeReader();
        var context = new ReadContext(path, options);
        var hash = ReleaseReadings.Sha256(path);
        return store.Load(ReleaseReadings.Of(Path.GetFileName(path), hash, "comtrade", options), TradeReaders.ReadSafely(reader, context), () => new ReleaseOutcome(
            context.HasErrors ? null : new Release(reader.Source, context.Dataset, context.FileName, hash, context.Vintage, context.Note),
            reader.Format, context.RowsRead, context.Skipped, context.Discrepancies), new LoadOptions());
    }
}
