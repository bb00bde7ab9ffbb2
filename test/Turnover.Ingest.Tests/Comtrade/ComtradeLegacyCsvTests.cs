using Turnover.Core;
using Turnover.Testing;
using static Turnover.Ingest.Tests.Comtrade.ComtradeFixture;

namespace Turnover.Ingest.Tests.Comtrade;

/// <summary>
/// Legacy Comtrade: the reduced real file (US–China 2017 by HS chapter, 12 columns, leading zeros lost) and an
/// excerpt of a full-width legacy export (35 columns, H4 2016 live animals).
/// </summary>
public class ComtradeLegacyCsvTests
{
    [Fact]
    public void When_reading_the_reduced_legacy_file_then_every_row_is_stored()
    {
        var (records, context) = ReadFixture("comtrade.csv");

        Assert.Empty(context.Errors);
        Assert.Equal(290, context.RowsRead);
        Assert.Equal(290, records.Count);
        Assert.All(records, r => Assert.Equal((Country(842), Country(156), Period.OfYear(2017)), (r.Reporter, r.Partner, r.Period)));
        Assert.Equal("Comtrade legacy CSV (H5, annual)", context.Dataset);
        Assert.Contains("leading zero", context.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void When_commodity_code_lost_its_leading_zero_then_chapter_is_restored()
    {
        var (records, _) = ReadFixture("comtrade.csv");

        var animals = records.At(2);
        Assert.Equal(Product.Hs(1, 2, "H5"), animals.Product);
        Assert.Equal("01", animals.Product.ToString());
        Assert.Equal((Flow.Import, 36_327_640m), (animals.Flow, animals.ValueUsd));
        Assert.Equal("99", records.Last().Product.ToString());
    }

    [Theory]
    [InlineData(2, Flow.Import, 36_327_640)]
    [InlineData(3, Flow.Export, 16_729_257)]
    [InlineData(4, Flow.ReExport, 179_614)]
    public void When_legacy_flow_code_is_numeric_then_it_maps_to_flow(long line, Flow flow, long value)
    {
        var (records, _) = ReadFixture("comtrade.csv");

        Assert.Equal((flow, (decimal)value), (records.At(line).Flow, records.At(line).ValueUsd));
    }

    [Fact]
    public void When_reading_the_full_legacy_layout_then_columns_are_found_by_name()
    {
        var (records, context) = ReadFixture("legacy_full_dragonfly.csv");

        Assert.Empty(context.Errors);
        Assert.Equal(13, records.Count);
        var reImport = records.At(4);
        Assert.Equal(
            new TradeRecord(Country(36), Country(0), Flow.ReImport, Period.OfYear(2016), Product.Hs(1, 2, "H4"), 4_934_172m, null, Derivation.Reported, null, 4),
            reImport);
        Assert.Equal(386m, records.At(14).ValueUsd);
        Assert.Equal(Country(344), records.At(14).Reporter);
        Assert.Equal("Comtrade legacy CSV (H4, annual)", context.Dataset);
    }

    [Fact]
    public void When_legacy_partner_iso_is_wld_then_it_matches_world()
    {
        var (records, context) = ReadFixture("legacy_full_dragonfly.csv");

        Assert.DoesNotContain(context.Errors, e => e.Column == "Partner ISO");
        Assert.All(records, r => Assert.True(r.Partner.IsWorld));
    }

    [Fact]
    public void When_legacy_value_column_is_missing_then_error_names_it_as_legacy_spells_it()
    {
        var text = File.ReadAllText(Path("comtrade.csv")).Replace("Trade Value (US$)", "Value", StringComparison.Ordinal);
        using var file = TempFile.WithText("comtrade.csv", text);

        var (_, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((1L, "Trade Value (US$)"), (error.Line, error.Column));
        Assert.StartsWith("required column 'Trade Value (US$)' is missing from the header 'Classification,Year,", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TOTAL")]
    [InlineData("ALL")]
    public void When_legacy_commodity_is_total_or_all_then_product_is_total(string code)
    {
        var lines = File.ReadAllText(Path("comtrade.csv")).Split("\r\n");
        lines[1] = lines[1].Replace(",156,China,1,Animals; live,", $",156,China,{code},All Commodities,", StringComparison.Ordinal);
        using var file = TempFile.WithText("comtrade.csv", string.Join("\r\n", lines));

        var (records, _) = Read(file.Path);

        Assert.Equal(Product.Total, records.At(2).Product);
    }

    [Fact]
    public void When_legacy_flow_code_is_not_1_to_4_then_error_names_it()
    {
        var lines = File.ReadAllText(Path("comtrade.csv")).Split("\r\n");
        lines[1] = lines[1].Replace("H5,2017,1,Import,", "H5,2017,7,Import,", StringComparison.Ordinal);
        using var file = TempFile.WithText("comtrade.csv", string.Join("\r\n", lines));

        var (_, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((2L, "Trade Flow Code", "flow '7' is not a Comtrade flow code (M, X, RM, RX or legacy 1-4)"), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_legacy_period_is_monthly_then_period_is_the_month()
    {
        var lines = File.ReadAllText(Path("legacy_full_dragonfly.csv")).Split('\n');
        lines[1] = lines[1].Replace("H4,2016,2016,2016,", "H4,2016,201603,March 2016,", StringComparison.Ordinal);
        using var file = TempFile.WithText("legacy.csv", string.Join('\n', lines));

        var (records, _) = Read(file.Path);

        Assert.Equal(Period.Month(2016, 3), records.At(2).Period);
    }
}
