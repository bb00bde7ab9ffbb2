using Turnover.Core;
using static Turnover.Ingest.Tests.Comtrade.ComtradeFixture;

namespace Turnover.Ingest.Tests.Comtrade;

/// <summary>The real Comtrade+ download: Thailand's imports of HS 8542 by partner, 2014–2017 (Latin-1, CRLF, trailing comma).</summary>
public class ComtradePlusCsvTests
{
    private static readonly Country Thailand = Country(764);

    [Fact]
    public void When_reading_the_real_download_then_every_row_is_stored_or_reported()
    {
        var (records, context) = ReadFixture("TradeData.csv");

        Assert.Equal(430, context.RowsRead);
        Assert.Equal(430, records.Count);
        Assert.Empty(context.Skipped);
        Assert.Empty(context.Errors);
        Assert.All(records, r => Assert.Equal(Thailand, r.Reporter));
        Assert.All(records, r => Assert.Equal(Flow.Import, r.Flow));
        Assert.All(records, r => Assert.Null(r.Published));
        Assert.All(records, r => Assert.Equal(Derivation.Reported, r.Derivation));
    }

    [Fact]
    public void When_partner_code_is_comtrade_only_then_it_resolves_from_the_catalogue()
    {
        // Comtrade's 234, 336, 581 and 899 are not in the BACI table; the catalogue adds them from this very file.
        var (records, _) = ReadFixture("TradeData.csv");

        Assert.Equal(
            [(29L, "FRO"), (38L, "VAT"), (116L, null), (178L, "UMI")],
            records.Where(r => r.Partner.Code is 234 or 336 or 581 or 899).Take(4).Select(r => (r.SourceLine, r.Partner.Iso3)));
        Assert.Equal("Areas, nes", records.First(r => r.Partner.Code == 899).Partner.Name);
    }

    [Fact]
    public void When_partner_is_world_then_record_is_kept_as_total()
    {
        var (records, _) = ReadFixture("TradeData.csv");

        var world = records.At(2);
        Assert.True(world.Partner.IsWorld);
        Assert.Equal(Period.OfYear(2014), world.Period);
        Assert.Equal(Product.Hs(8542, 4, "H4"), world.Product);
        Assert.Equal(9_680_795_326m, world.ValueUsd);
        Assert.Equal(4, records.Count(r => r.Partner.IsWorld));
    }

    [Fact]
    public void When_values_have_decimals_then_they_are_kept_exactly()
    {
        var (records, _) = ReadFixture("TradeData.csv");

        Assert.Equal(11_141_372_218.53m, records.At(321).ValueUsd);
        Assert.Equal(887_077_163.75m, records.At(135).ValueUsd);
        Assert.Equal(841_607_641.96m, records.At(344).ValueUsd);
        Assert.Equal(Country(156), records.At(344).Partner);
        Assert.Equal(Product.Hs(8542, 4, "H5"), records.At(344).Product);
    }

    [Fact]
    public void When_net_weight_is_given_then_quantity_is_kilograms()
    {
        var (records, _) = ReadFixture("TradeData.csv");

        Assert.Equal(Quantity.Kilograms(1), records.At(85).Quantity);
        Assert.Equal(Quantity.Kilograms(31_383_606.997), records.At(135).Quantity);
        // Line 423 (Türkiye 2017) also has qty 1030 u: the net weight wins.
        Assert.Equal(Quantity.Kilograms(18.827), records.At(423).Quantity);
    }

    [Fact]
    public void When_quantity_unit_is_not_applicable_then_there_is_no_quantity()
    {
        var (records, _) = ReadFixture("TradeData.csv");

        Assert.Null(records.At(2).Quantity); // qtyUnitCode -1, qty empty
        Assert.Null(records.At(117).Quantity); // qtyUnitCode -1, qty "0"
    }

    [Fact]
    public void When_net_weight_is_absent_then_quantity_keeps_its_own_unit()
    {
        using var file = TradeDataWith(423, "netWgt", string.Empty);

        var (records, _) = Read(file.Path);

        Assert.Equal(new Quantity(1030, "u"), records.At(423).Quantity);
    }

    [Fact]
    public void When_codes_differ_from_iso_numerics_or_have_no_iso_then_they_still_resolve()
    {
        var (records, _) = ReadFixture("TradeData.csv");

        Assert.Equal(Country(381), records.At(47).Partner); // Comtrade+ 380 ITA is the catalogue's Italy (381)
        Assert.Equal(2_207_750_958m, records.At(63).ValueUsd);
        Assert.Equal(490, records.At(63).Partner.Code); // Other Asia, nes: ISO column S19, no ISO in the catalogue
    }

    [Fact]
    public void When_rows_are_flagged_aggregate_then_they_are_kept_at_their_product_level()
    {
        var (records, _) = ReadFixture("TradeData.csv");

        // 2015 onwards every row has isAggregate "true" (HS 8542 summed from 6-digit detail): all stay, all at 4 digits.
        var from2015 = records.Where(r => r.Period.Year >= 2015).ToList();
        Assert.NotEmpty(from2015);
        Assert.All(from2015, r => Assert.Equal(4, r.Product.Digits));
    }

    [Fact]
    public void When_file_is_read_then_dataset_names_layout_classifications_and_frequency()
    {
        var (_, context) = ReadFixture("TradeData.csv");

        Assert.Equal("Comtrade+ CSV (H4+H5, annual)", context.Dataset);
        Assert.Contains("primaryValue in US dollars", context.Note, StringComparison.Ordinal);
        Assert.Contains("customsCode C00", context.Note, StringComparison.Ordinal);
        Assert.Null(context.Vintage);
    }

    [Fact]
    public void When_a_name_is_latin1_then_messages_show_it_decoded()
    {
        using var file = TradeDataWith(423, "partnerCode", "9999");

        var (_, context) = Read(file.Path);

        Assert.Contains(context.Errors, e => e.Line == 423 && e.Message == "unknown partner code 9999 ('Türkiye'): not in the country catalogue");
    }

    [Fact]
    public void When_row_is_monthly_then_period_is_the_month()
    {
        var lines = TradeDataLines();
        lines[1] = lines[1].Replace("\"C\",\"A\",\"20140101\",\"2014\",\"52\",\"2014\"", "\"C\",\"M\",\"20140401\",\"2014\",\"4\",\"201404\"", StringComparison.Ordinal);
        using var file = WriteTradeData(lines);

        var (records, context) = Read(file.Path);

        Assert.Equal(Period.Month(2014, 4), records.At(2).Period);
        Assert.Equal("Comtrade+ CSV (H4+H5, annual+monthly)", context.Dataset);
    }

    [Theory]
    [InlineData("customsCode", "C01", "customs procedure breakdown (customsCode not C00)")]
    [InlineData("motCode", "1000", "mode of transport breakdown (motCode not 0)")]
    [InlineData("partner2Code", "156", "second partner breakdown (partner2Code not 0)")]
    public void When_row_is_a_breakdown_then_it_is_skipped_with_reason_unless_breakdowns_are_included(string column, string value, string reason)
    {
        using var file = TradeDataWith(18, column, value);

        var (records, context) = Read(file.Path);
        var (withBreakdowns, _) = Read(file.Path, new IngestOptions { IncludeBreakdowns = true });

        Assert.DoesNotContain(records, r => r.SourceLine == 18);
        Assert.Equal(1, context.Skipped[reason]);
        Assert.Equal(816_074_122m, withBreakdowns.At(18).ValueUsd);
        Assert.NotNull(withBreakdowns.At(18).Breakdown);
    }

    [Fact]
    public void When_row_is_a_mode_of_supply_breakdown_then_it_is_skipped_even_with_breakdowns_included()
    {
        using var file = TradeDataWith(18, "mosCode", "3");

        var (records, context) = Read(file.Path, new IngestOptions { IncludeBreakdowns = true });

        Assert.DoesNotContain(records, r => r.SourceLine == 18);
        Assert.Equal(1, context.Skipped["mode of supply breakdown (mosCode not 0)"]);
    }

    [Theory]
    [InlineData("X", Flow.Export)]
    [InlineData("RX", Flow.ReExport)]
    [InlineData("RM", Flow.ReImport)]
    public void When_flow_code_is_a_main_flow_then_it_maps_to_flow(string code, Flow flow)
    {
        using var file = TradeDataWith(18, "flowCode", code);

        var (records, _) = Read(file.Path);

        Assert.Equal(flow, records.At(18).Flow);
    }

    [Theory]
    [InlineData("DX")]
    [InlineData("FM")]
    [InlineData("MIP")]
    public void When_flow_code_is_a_sub_flow_then_row_is_skipped_with_reason(string code)
    {
        using var file = TradeDataWith(18, "flowCode", code);

        var (records, context) = Read(file.Path);

        Assert.DoesNotContain(records, r => r.SourceLine == 18);
        Assert.Equal(1, context.Skipped[$"flow {code} (sub-flow of M/X/RM/RX; would double count)"]);
        Assert.DoesNotContain(context.Errors, e => e.Line == 18);
    }

    [Fact]
    public void When_type_is_services_then_row_is_skipped()
    {
        using var file = TradeDataWith(18, "typeCode", "S");

        var (records, context) = Read(file.Path);

        Assert.DoesNotContain(records, r => r.SourceLine == 18);
        Assert.Equal(1, context.Skipped["services trade (typeCode S; goods only)"]);
    }

    [Fact]
    public void When_commodity_code_is_total_then_product_is_total()
    {
        using var file = TradeDataWith(18, "cmdCode", "TOTAL");
        var lines = File.ReadAllText(file.Path, System.Text.Encoding.Latin1).Split("\r\n");
        lines[17] = lines[17].Replace("\"TOTAL\",\"Electronic integrated circuits\",\"4\"", "\"TOTAL\",\"All Commodities\",\"0\"", StringComparison.Ordinal);
        using var total = WriteTradeData(lines);

        var (records, context) = Read(total.Path);

        Assert.Equal(Product.Total, records.At(18).Product);
        Assert.DoesNotContain(context.Errors, e => e.Line == 18);
    }
}
