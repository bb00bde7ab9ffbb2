using Turnover.Core;
using Turnover.Ingest.Wind;
using Turnover.Testing;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Wind;

/// <summary>Issue 12: the real Wind exports of China Customs' fossil-fuel imports by origin (data/products).</summary>
public class WindReaderTests
{
    internal const string ByOriginName = "crea_china_customs_fossil_imports_by_origin_monthly_1993-2022-11.csv";
    internal const string RussiaName = "crea_china_customs_fossil_imports_from_russia_monthly_1995-2023-02.csv";
    internal static readonly string s_byOrigin = RepoPaths.Data("products", ByOriginName);
    internal static readonly string s_russia = RepoPaths.Data("products", RussiaName);
    private static readonly Product s_crude = Product.Hs(2709, 4, "Wind");
    private static readonly Product s_pipelineGas = Product.Hs(271121, 6, "Wind");
    private readonly WindReader _reader = new();

    [Theory]
    [InlineData(ByOriginName)]
    [InlineData(RussiaName)]
    public void When_crude_from_Russia_in_2021_is_summed_then_it_is_79_65_Mt_for_40_29_bn_USD_as_GACC_published(string name)
    {
        var (records, context) = ReadAll(_reader, RepoPaths.Data("products", name));

        Assert.Empty(context.Errors);
        var crude = records.Where(r => r.Partner.Code == 643 && r.Product == s_crude && r.Period.Year == 2021).ToList();
        Assert.Equal(12, crude.Count);
        Assert.All(crude, r => Assert.Equal((156, Flow.Import, "kg"), (r.Reporter.Code, r.Flow, r.Quantity!.Value.Unit)));
        // Summed independently from the file's cells (the kg and USD columns): 79,646,445,821 kg and 40,294,667,855 USD.
        Assert.Equal(40_294_667_855m, crude.Sum(r => r.ValueUsd));
        Assert.Equal(79_646_445_821d, crude.Sum(r => r.Quantity!.Value.Amount));
        Assert.Equal((79.65, 40.29), (Math.Round(crude.Sum(r => r.Quantity!.Value.Amount) / 1e9, 2), Math.Round((double)crude.Sum(r => r.ValueUsd) / 1e9, 2)));
    }

    [Theory]
    [InlineData(ByOriginName, "2022-12-30")]
    [InlineData(RussiaName, "2023-03-22")]
    public void When_the_update_row_dates_the_series_then_the_latest_day_is_the_files_and_no_publication_date(string name, string updated)
    {
        // The Update row: "'2022-12-30" for most series of the export by origin ("'2021-04-21" for one that ended in
        // 2019), "2023-03-22" for all but one of the Russia export's.
        var (_, context) = ReadAll(_reader, RepoPaths.Data("products", name));

        Assert.Equal((DateOnly.Parse(updated, System.Globalization.CultureInfo.InvariantCulture), (DateOnly?)null), (context.UpdatedOn!.Value, context.Vintage));
        Assert.Contains($"Wind's Update row: series last updated by {updated} (not when the figures were published)", context.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_world_total_is_in_USD_10_th_and_10000_tons_then_it_is_scaled_to_USD_and_kg_with_partner_World()
    {
        var (records, _) = ReadAll(_reader, s_byOrigin);

        // 2022-11 row: "Value of Imports: Crude Oil" 3158599.90 (USD 10 th), "Volume of Imports: Crude Oil" 4674.00 (10000 tons).
        var world = Assert.Single(records, r => r.Partner.Code == 0 && r.Product == s_crude && r.Period == Period.Month(2022, 11));
        Assert.Equal(31_585_999_000m, world.ValueUsd);
        Assert.Equal(46_740_000_000d, world.Quantity!.Value.Amount);
    }

    [Fact]
    public void When_a_volume_is_blank_then_the_record_has_no_quantity_and_never_a_zero()
    {
        var (records, _) = ReadAll(_reader, s_byOrigin);

        // China stopped publishing pipeline-gas volumes by origin in 2022: the value 240413361.00 stays, the kg cell is blank.
        var gas = Assert.Single(records, r => r.Partner.Code == 643 && r.Product == s_pipelineGas && r.Period == Period.Month(2022, 1));
        Assert.Equal((240_413_361m, (Quantity?)null), (gas.ValueUsd, gas.Quantity));
        var december = Assert.Single(records, r => r.Partner.Code == 643 && r.Product == s_pipelineGas && r.Period == Period.Month(2021, 12));
        Assert.Equal(898_181_507d, december.Quantity!.Value.Amount);
        Assert.DoesNotContain(records, r => r.Period.Year < 1995 && r.Partner.Code != 0);
    }

    [Fact]
    public void When_the_export_is_zero_filled_then_a_zero_is_missing_where_the_other_export_has_a_blank()
    {
        var (records, context) = ReadAll(_reader, s_russia);

        Assert.Empty(context.Errors);
        // 2020-11 pipeline gas: blank in the by-origin export, 0 and 0 in the Russia-only export: no record, not a zero.
        Assert.DoesNotContain(records, r => r.Product == s_pipelineGas && r.Partner.Code == 643 && r.Period == Period.Month(2020, 11));
        // From 2022 the volume is 0 (not published) while the value is: the record has no quantity.
        var gas = Assert.Single(records, r => r.Product == s_pipelineGas && r.Partner.Code == 643 && r.Period == Period.Month(2022, 1));
        Assert.Null(gas.Quantity);
        Assert.DoesNotContain(records, r => r.ValueUsd == 0);
        // "China: Value of Imports: Natural Gas(271121)" is China's total, from the world.
        Assert.Contains(records, r => r.Product == s_pipelineGas && r.Partner.Code == 0 && r.Period == Period.Month(2023, 2));
    }

    [Fact]
    public void When_a_product_has_no_exact_HS_line_then_it_is_skipped_with_the_reason_and_coal_is_HS_2701()
    {
        var (records, context) = ReadAll(_reader, s_byOrigin);

        Assert.Contains(context.Skipped.Keys, k => k.StartsWith("Wind product 'Steam Coal' (a part of HS 2701", StringComparison.Ordinal));
        Assert.Contains(context.Skipped.Keys, k => k.StartsWith("Wind product 'Coal and Lignite'", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Product == Product.Hs(2701, 4, "Wind") && r.Partner.Code == 643);
        Assert.All(records, r => Assert.Contains(r.Product.ToString(), new[] { "2709", "271111", "271121", "2701", "2702" }));
    }

    [Fact]
    public void When_origins_are_spelt_the_Wind_way_then_they_map_to_the_catalogue_countries()
    {
        var (records, _) = ReadAll(_reader, s_byOrigin);

        var origins = records.Select(r => r.Partner.Code).ToHashSet();
        Assert.Contains(170, origins); // Columbia
        Assert.Contains(180, origins); // Zaire
        Assert.Contains(418, origins); // Lao
        Assert.Contains(842, origins); // USA
        Assert.DoesNotContain(408, origins); // North Korea: anthracite only, which has no exact HS line
    }

    [Fact]
    public void When_auto_detecting_then_both_exports_are_recognised_as_wind()
    {
        Assert.Equal("wind", TradeReaders.Detect(FileSample.Of(s_byOrigin))?.Format);
        Assert.Equal("wind", TradeReaders.Detect(FileSample.Of(s_russia))?.Format);
    }
}
