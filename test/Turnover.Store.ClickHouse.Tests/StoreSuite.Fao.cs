using Turnover.Core;
using Turnover.Ingest;
using Turnover.Ingest.Fao;
using Turnover.Testing;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    private static readonly Country s_norway = CountryCatalog.Default.FromCode(579);
    private static readonly Country s_albania = CountryCatalog.Default.FromCode(8);
    private static readonly Country s_hongKong = CountryCatalog.Default.FromCode(344);

    private static string FaoValues => RepoPaths.Fixture("fao", "fao_china_seafood_imports_by_partner_value_2019_excerpt.csv");

    private static string FaoQuantities => RepoPaths.Fixture("fao", "fao_china_seafood_imports_by_partner_quantity_2019_excerpt.csv");

    /// <summary>
    /// The real FishStat excerpt (test/fixtures/fao: China's 2019 imports from Norway, 52 commodities, Hong Kong, 5,
    /// Albania and Côte d'Ivoire, 1 each, with tonnes; China's own re-import skipped): its commodities keep their own
    /// level, name and classification at every level asked, suppliers are found by the commodity's name, no all-goods
    /// total is made of them (the lines are said to be unsummed instead), and they are public from the year's end plus
    /// FAO's lag (600 days: 2021-08-22), not before.
    /// </summary>
    [BackendFact]
    public void When_an_fao_file_is_stored_then_its_commodities_keep_their_level_name_and_suppliers_and_make_no_total()
    {
        var result = LoadFao("fao");

        Assert.Equal((LoadStatus.Stored, 59L), (result.Status, result.RowsStored));
        foreach (var level in new[] { 2, 4, 6 })
        {
            var lines = Store.ProductYears(s_china, s_norway, level);
            Assert.Equal(52, lines.Count);
            Assert.All(lines, l => Assert.Equal((SourceKind.Fao, s_china, Flow.Import, 2019, Product.CommodityDigits, "FAO", "kg"), (l.Source, l.Reporter, l.Flow, l.Year, l.Product.Digits, l.Product.Classification, l.Unit)));
            Assert.Equal(699_553_940m, lines.Sum(l => l.ValueUsd));
            var cod = Assert.Single(lines, l => l.Product.Name == "Cods nei, frozen");
            Assert.Equal((127_424_360m, (double?)28_230_670d, 127_424_360m, 1L, 0xFFF), (cod.ValueUsd, cod.Quantity, cod.QuantifiedUsd, cod.Lines, cod.MonthMask));
        }

        Assert.Equal(
            ["Fish nei, prepared or preserved, not minced"],
            Store.ProductYears(s_china, s_albania, 6).Select(l => l.Product.Name));

        var suppliers = Store.SupplierYears(s_china, Product.Commodity("Fish body oils, nei", null));
        Assert.Equal(
            [(s_hongKong, 22_630m, (double?)210d), (s_norway, 9_687_480m, 367_080d)],
            suppliers.Select(s => (s.Partner, s.ValueUsd, s.Quantity)));
        Assert.All(suppliers, s => Assert.Equal((true, "Fish body oils, nei", "FAO"), (s.Product.IsCommodity, s.Product.Name, s.Product.Classification)));
        Assert.Empty(Store.SupplierYears(s_china, Product.Commodity("Fish body oils", null)));
        Assert.Empty(Store.SupplierYears(s_china, Product.Hs(3, 2, null)));

        // Commodities are never a pair's total: no series, no coverage, and the lines are said to be left unsummed.
        Assert.Empty(Store.ReadSeries(new SeriesRequest(s_china, s_norway, SourceKind.Fao, Granularity.Year, null)).Values);
        Assert.Empty(Store.Coverage());
        Assert.Equal([new UnsummedLines(SourceKind.Fao, Product.CommodityDigits, 52)], Store.UnsummedProductLines(s_china, s_norway));

        Assert.Empty(Store.ProductYears(s_china, s_norway, 6, new DateOnly(2021, 8, 21)));
        Assert.Equal(52, Store.ProductYears(s_china, s_norway, 6, new DateOnly(2021, 8, 22)).Count);
        Assert.Empty(Store.SupplierYears(s_china, Product.Commodity("Fish body oils, nei", null), new DateOnly(2021, 8, 21)));
    }

    /// <summary>
    /// The excerpt's export names each commodity by its own name (export.sql's product column) with its tonnes as kg;
    /// the same file exported as of a day before it was public, or after its release is retracted, holds no line; a
    /// retracted release's commodities are in no answer, and an HS file of the same reporter and year is no clash of
    /// editions with them (a commodity line has no HS edition).
    /// </summary>
    [BackendFact]
    public void When_an_fao_file_is_exported_or_retracted_then_its_commodities_are_named_and_then_gone()
    {
        var fao = LoadFao("fao").ReleaseId;

        var (csv, file) = ExportCsv(new ExportSelection(new CountryPair(s_china, s_albania), null, null, null, false));
        Assert.Equal(
            ExportHeader
            + "Fao,CHN,156,China,ALB,8,Albania,import,2019,2019,1,12,FAO,\"Fish nei, prepared or preserved, not minced\",7,6030.00,290.0,kg,reported,,2021-08-22,1,fao_china_seafood_imports_by_partner_value_2019_excerpt.csv,,2\n",
            csv);
        Assert.Equal((1L, 1), (file.Rows, file.Pairs));
        Assert.Equal(ExportHeader, ExportCsv(new ExportSelection(new CountryPair(s_china, s_albania), null, null, new DateOnly(2021, 8, 21), false)).Csv);
        var (all, every) = ExportCsv(new ExportSelection(null, null, null, null, false));
        Assert.Equal((59L, 4), (every.Rows, every.Pairs));
        Assert.Contains(",FAO,\"Cods nei, frozen\",7,127424360.00,28230670.0,kg,", all, StringComparison.Ordinal);

        // HS lines of the same reporter and year (ARTIFICIAL) beside the commodities: stored, not refused as another edition.
        Load("hs", null, SourceKind.Fao, Line(Flow.Import, Hs(3, 2), 100, Period.OfYear(2019)) with { Reporter = s_china, Partner = s_norway });
        Assert.Equal(53, Store.ProductYears(s_china, s_norway, 2).Count);

        Assert.Equal(RetractStatus.Retracted, Store.Retract(fao, "test").Status);
        Assert.Equal([Product.Hs(3, 2, null)], Store.ProductYears(s_china, s_norway, 2).Select(l => l.Product));
        Assert.Empty(Store.SupplierYears(s_china, Product.Commodity("Fish body oils, nei", null)));
        Assert.Equal([new UnsummedLines(SourceKind.Fao, 2, 1)], Store.UnsummedProductLines(s_china, s_norway));
        Assert.Equal(ExportHeader, ExportCsv(new ExportSelection(new CountryPair(s_china, s_albania), null, null, null, false)).Csv);
    }

    private LoadResult LoadFao(string hash)
    {
        var options = new IngestOptions { QuantitiesPath = FaoQuantities };
        var reader = new FaoReader();
        var context = new ReadContext(FaoValues, options);
        return Store.Load(ReleaseReadings.Of(Path.GetFileName(FaoValues), hash, "fao", options), TradeReaders.ReadSafely(reader, context), () => new ReleaseOutcome(
            context.HasErrors ? null : new Release(reader.Source, context.Dataset, context.FileName, hash, context.Vintage, context.Note),
            reader.Format, context.RowsRead, context.Skipped, context.Discrepancies), new LoadOptions());
    }
}
