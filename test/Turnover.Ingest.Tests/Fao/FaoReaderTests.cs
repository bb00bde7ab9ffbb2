using Turnover.Core;
using Turnover.Ingest.Fao;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Fao;

/// <summary>Issue 12: FAO FishStat's China seafood imports by partner and commodity, 2019 (data/products), value and quantity files.</summary>
public class FaoReaderTests
{
    private static readonly IngestOptions s_withQuantities = new() { QuantitiesPath = FaoFiles.s_quantity };
    private readonly FaoReader _reader = new();

    [Fact]
    public void When_the_value_file_is_read_with_its_quantities_then_every_row_but_re_imports_is_a_record_with_both()
    {
        var (records, context) = ReadAll(_reader, FaoFiles.s_value, s_withQuantities);

        Assert.Empty(context.Errors);
        var cells = FaoFiles.Cells(FaoFiles.s_value);
        Assert.Equal(1828, context.RowsRead);
        Assert.Equal(cells.Count(c => c.Partner != "China"), records.Count);
        Assert.Equal(cells.Count(c => c.Partner == "China"), context.Skipped.Values.Single());
        Assert.All(records, r => Assert.Equal((156, Flow.Import, Period.OfYear(2019), "kg"), (r.Reporter.Code, r.Flow, r.Period, r.Quantity!.Value.Unit)));
        Assert.All(records, r => Assert.True(r.Product.IsCommodity && r.Product.Classification == "FAO"));
    }

    [Theory]
    [InlineData("Norway", 579)]
    [InlineData("Russian Federation", 643)]
    [InlineData("China, Hong Kong SAR", 344)]
    [InlineData("Taiwan Province of China", 490)]
    [InlineData("C么te d'Ivoire", 384)]
    public void When_a_partners_rows_are_summed_then_values_and_tonnes_equal_the_files_cells_times_1000(string partner, int code)
    {
        var (records, _) = ReadAll(_reader, FaoFiles.s_value, s_withQuantities);

        var fromPartner = records.Where(r => r.Partner.Code == code).ToList();
        var values = FaoFiles.Cells(FaoFiles.s_value).Where(c => c.Partner == partner).ToList();
        var tonnes = FaoFiles.Cells(FaoFiles.s_quantity).Where(c => c.Partner == partner).ToList();
        Assert.Equal(values.Count, fromPartner.Count);
        Assert.Equal(values.Sum(c => c.Amount) * 1000m, fromPartner.Sum(r => r.ValueUsd));
        Assert.Equal((double)tonnes.Sum(c => c.Amount) * 1000d, fromPartner.Sum(r => r.Quantity!.Value.Amount), 6);
    }

    [Fact]
    public void When_a_row_is_read_then_its_commodity_keeps_the_FAO_name_and_its_amounts_are_scaled()
    {
        var (records, _) = ReadAll(_reader, FaoFiles.s_value, s_withQuantities);

        // Line 2 of both files: China,Albania,"Fish nei, prepared or preserved, not minced",…,6.03 (USD 1000) and 0.29 (tonnes).
        var albania = Assert.Single(records, r => r.SourceLine == 2);
        Assert.Equal(Product.Commodity("Fish nei, prepared or preserved, not minced", "FAO"), albania.Product);
        Assert.Equal((8, 6_030m, 290d), (albania.Partner.Code, albania.ValueUsd, albania.Quantity!.Value.Amount));
    }

    [Fact]
    public void When_no_quantity_file_is_given_then_values_are_stored_alone_and_the_note_says_so()
    {
        var (records, context) = ReadAll(_reader, FaoFiles.s_value);

        Assert.Empty(context.Errors);
        Assert.All(records, r => Assert.Null(r.Quantity));
        Assert.Contains("values only", context.Note, StringComparison.Ordinal);
        Assert.Equal(FaoFiles.Cells(FaoFiles.s_value).Where(c => c.Partner != "China").Sum(c => c.Amount) * 1000m, records.Sum(r => r.ValueUsd));
    }

    [Fact]
    public void When_the_quantity_file_is_read_as_the_release_then_it_is_refused_naming_the_option()
    {
        var (records, context) = ReadAll(_reader, FaoFiles.s_quantity);

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal((FaoFiles.QuantityName, 1L, "Quantity"), (error.File, error.Line, error.Column));
        Assert.Contains("--quantities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_excerpts_are_read_then_they_pair_as_the_whole_files_do()
    {
        var (records, context) = ReadAll(_reader, FaoFiles.s_valueExcerpt, new IngestOptions { QuantitiesPath = FaoFiles.s_quantityExcerpt });

        Assert.Empty(context.Errors);
        Assert.Equal(59, records.Count);
        var norway = records.Where(r => r.Partner.Code == 579).ToList();
        Assert.Equal(FaoFiles.Cells(FaoFiles.s_valueExcerpt).Where(c => c.Partner == "Norway").Sum(c => c.Amount) * 1000m, norway.Sum(r => r.ValueUsd));
    }

    [Theory]
    [InlineData("fao_china_seafood_imports_by_partner_value_2019_raw.csv", 2019)]
    [InlineData("import_by_partner_value_2019.csv.gz", 2019)]
    [InlineData("fao-2021.csv", 2021)]
    [InlineData("import_by_partner_value.csv", null)]
    [InlineData("fao_2018_2019.csv", null)]
    [InlineData("fao_20190.csv", null)]
    public void When_the_year_is_taken_from_the_file_name_then_exactly_one_standalone_year_is_needed(string name, int? year)
    {
        Assert.Equal(year, FaoReader.YearOfFileName(name));
    }

    [Fact]
    public void When_a_commodity_has_an_exact_HS_line_then_it_is_given_and_otherwise_none()
    {
        Assert.Equal(30475, FaoCommodities.ExactHs6("Alaska pollock fillets, frozen"));
        Assert.Null(FaoCommodities.ExactHs6("Fish nei, prepared or preserved, not minced"));
    }
}
