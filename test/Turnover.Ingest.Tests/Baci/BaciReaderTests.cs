using Turnover.Core;
using Turnover.Ingest.Baci;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Baci;

public sealed class BaciReaderTests
{
    private static readonly CountryCatalog s_countries = CountryCatalog.Default;

    [Fact]
    public void When_reading_the_real_R_rewrite_then_every_row_becomes_an_export_of_i_to_j()
    {
        var (records, context) = BaciTestFiles.Read(BaciTestFiles.RLayout);

        Assert.Empty(context.Errors);
        Assert.Equal(3070, records.Count);
        Assert.Equal(3070, context.RowsRead);
        Assert.All(records, r => Assert.Equal(s_countries.FromCode(4), r.Reporter));
        Assert.All(records, r => Assert.Equal(Flow.Export, r.Flow));
        Assert.All(records, r => Assert.Equal(Period.OfYear(2021), r.Period));
        Assert.All(records, r => Assert.Null(r.Published));
        var first = records[0];
        Assert.Equal(s_countries.FromCode(24), first.Partner);
        Assert.Equal(Product.Hs(382390, 6, null), first.Product);
        Assert.Equal(52_051m, first.ValueUsd);
        Assert.Equal(Quantity.Kilograms(13_235), first.Quantity);
        Assert.Equal(Derivation.Reported, first.Derivation);
        Assert.Equal(2, first.SourceLine);
        Assert.Equal(3071, records[^1].SourceLine);
        Assert.Equal(883m, records[^1].ValueUsd);
    }

    [Fact]
    public void When_file_name_is_not_CEPIIs_then_the_HS_edition_is_unknown()
    {
        var (records, context) = BaciTestFiles.Read(BaciTestFiles.RLayout);

        Assert.All(records, r => Assert.Null(r.Product.Classification));
        Assert.Equal("BACI (version unknown)", context.Dataset);
        Assert.Null(context.Vintage);
        Assert.Contains("HS edition and release unknown", context.Note, StringComparison.Ordinal);
        Assert.Contains("reconciled mirror values", context.Note, StringComparison.Ordinal);
        Assert.Contains("stored as exporter i's exports to j", context.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void When_k_lost_its_leading_zero_then_the_product_is_still_HS_080420()
    {
        var (records, _) = BaciTestFiles.Read(BaciTestFiles.RLayout);

        // Line 580: 2021,4,156,80420,110.928,"       59.962" (Afghan fresh figs to China).
        var figs = records.Single(r => r.SourceLine == 580);
        Assert.Equal(s_countries.FromCode(156), figs.Partner);
        Assert.Equal(Product.Hs(80420, 6, null), figs.Product);
        Assert.Equal("080420", figs.Product.ToString());
        Assert.Equal(110_928m, figs.ValueUsd);
        Assert.Equal(59_962d, figs.Quantity!.Value.Amount);
    }

    [Fact]
    public void When_q_is_padded_NA_then_the_record_has_no_quantity()
    {
        var (records, _) = BaciTestFiles.Read(BaciTestFiles.RLayout);

        // Line 15: 2021,4,32,852390,0.029,"           NA".
        var row = records.Single(r => r.SourceLine == 15);
        Assert.Null(row.Quantity);
        Assert.Equal(29m, row.ValueUsd);
        Assert.Equal(282, records.Count(r => r.Quantity is null));
    }

    [Fact]
    public void When_v_has_no_decimals_then_it_is_still_thousands()
    {
        var (records, _) = BaciTestFiles.Read(BaciTestFiles.RLayout);

        // Line 582: 2021,4,156,91020,11,"        0.010".
        var row = records.Single(r => r.SourceLine == 582);
        Assert.Equal(11_000m, row.ValueUsd);
        Assert.Equal(10d, row.Quantity!.Value.Amount);
        Assert.Equal("091020", row.Product.ToString());
    }

    [Fact]
    public void When_file_has_CEPIIs_name_and_layout_then_edition_and_release_come_from_the_name()
    {
        var (records, context) = BaciTestFiles.Read(BaciTestFiles.CepiiLayout);

        Assert.Empty(context.Errors);
        Assert.Equal(21, records.Count);
        Assert.All(records, r => Assert.Equal("HS92", r.Product.Classification));
        Assert.Equal("CEPII BACI HS92 V202301", context.Dataset);
        Assert.Equal(new DateOnly(2023, 1, 1), context.Vintage);
        Assert.Contains("products in HS92", context.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_same_rows_come_in_both_layouts_then_the_records_are_equal()
    {
        var (rLayout, _) = BaciTestFiles.Read(BaciTestFiles.RLayout);
        var (cepii, _) = BaciTestFiles.Read(BaciTestFiles.CepiiLayout);
        int[] sourceLines = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 580, 581, 582, 1938, 1939, 1940];

        for (var n = 0; n < sourceLines.Length; n++)
        {
            var expected = rLayout.Single(r => r.SourceLine == sourceLines[n]);
            var product = Product.Hs(expected.Product.Code, 6, "HS92");
            Assert.Equal(expected with { Product = product, SourceLine = n + 2 }, cepii[n]);
        }

        Assert.Equal(Product.Hs(80420, 6, "HS92"), cepii[15].Product);
        Assert.Null(cepii[13].Quantity);
    }

    [Theory]
    [InlineData("BACI_HS92_Y2021_V202301.csv", "HS92", "V202301", 2023, 1)]
    [InlineData("BACI_HS17_Y2022_V202401b.csv", "HS17", "V202401b", 2024, 1)]
    [InlineData("baci_hs07_Y1995_V202212.csv.gz", "HS07", "V202212", 2022, 12)]
    public void When_file_name_follows_CEPII_naming_then_it_is_parsed(string fileName, string hs, string release, int year, int month)
    {
        var name = BaciFileName.TryParse(fileName);

        Assert.NotNull(name);
        Assert.Equal(hs, name.Classification);
        Assert.Equal(release, name.Release);
        Assert.Equal(new DateOnly(year, month, 1), name.ReleaseMonth);
    }

    [Theory]
    [InlineData("ExampleTradeData.csv")]
    [InlineData("BACI_HS92_Y2021_V202313.csv")]
    [InlineData("BACI_HS92_Y2021.csv")]
    [InlineData("country_codes_V202301.csv")]
    [InlineData("BACI_HS92_Y٢٠٢١_V202301.csv")] // Arabic-Indic digits: \d matched them and int.Parse threw
    public void When_file_name_is_not_CEPII_naming_then_nothing_is_guessed(string fileName) =>
        Assert.Null(BaciFileName.TryParse(fileName));

    [Fact]
    public void When_sampling_BACI_files_then_the_reader_recognises_them_and_not_others()
    {
        var reader = new BaciReader();

        Assert.True(reader.Recognises(FileSample.Of(BaciTestFiles.RLayout)));
        Assert.True(reader.Recognises(FileSample.Of(BaciTestFiles.CepiiLayout)));
        Assert.True(reader.Recognises(FileSample.FromText("BACI_HS17_Y2022_V202401b.csv", "anything")));
        Assert.False(reader.Recognises(FileSample.FromText("TradeData.csv", "typeCode,freqCode,refPeriodId,refYear\n")));
        Assert.Equal("baci", reader.Format);
        Assert.Equal(SourceKind.Baci, reader.Source);
    }

    [Fact]
    public void When_file_is_gzipped_with_a_BOM_then_it_reads_the_same()
    {
        var bytes = File.ReadAllBytes(BaciTestFiles.CepiiLayout);
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write([0xEF, 0xBB, 0xBF]);
            gzip.Write(bytes);
        }

        using var file = TempFile.WithBytes("BACI_HS92_Y2021_V202301.csv.gz", buffer.ToArray());
        var (records, context) = BaciTestFiles.Read(file.Path);
        var (expected, _) = BaciTestFiles.Read(BaciTestFiles.CepiiLayout);

        Assert.Empty(context.Errors);
        Assert.Equal(expected, records);
    }
}
