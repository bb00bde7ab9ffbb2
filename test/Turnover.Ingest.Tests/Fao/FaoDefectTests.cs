using Turnover.Ingest.Fao;
using Turnover.Testing;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Fao;

/// <summary>Bad FishStat files: each defect refuses the file whole, naming the file, the line and the field.</summary>
public class FaoDefectTests
{
    private const string Albania = "China,Albania,\"Fish nei, prepared or preserved, not minced\",Imports,Value (USD 1000),USD 1000,6.03";
    private const string Name = "fao_value_2019.csv";
    private readonly FaoReader _reader = new();

    [Theory]
    [InlineData("China,Atlantis,\"Fish nei, prepared or preserved, not minced\",Imports,Value (USD 1000),USD 1000,6.03", "Country", "country 'Atlantis' is not one Turnover knows")]
    [InlineData("Chna,Albania,\"Fish nei, prepared or preserved, not minced\",Imports,Value (USD 1000),USD 1000,6.03", "Reporting country (Name)", "did you mean 'China'")]
    [InlineData("China,Albania,\"\",Imports,Value (USD 1000),USD 1000,6.03", "Commodity (Name)", "the commodity is empty")]
    [InlineData("China,Albania,\"Fish nei\u0007\",Imports,Value (USD 1000),USD 1000,6.03", "Commodity (Name)", "control character")]
    [InlineData("China,Albania,\"Fish nei, prepared or preserved, not minced\",Re-exports,Value (USD 1000),USD 1000,6.03", "Trade flow (Name)", "is not 'Imports' or 'Exports'")]
    [InlineData("China,Albania,\"Fish nei, prepared or preserved, not minced\",Imports,Value (USD 1),USD 1000,6.03", "Unit (Name)", "is not 'Value (USD 1000)'")]
    [InlineData("China,Albania,\"Fish nei, prepared or preserved, not minced\",Imports,Value (USD 1000),USD,6.03", "Unit", "is not 'USD 1000'")]
    [InlineData("China,Albania,\"Fish nei, prepared or preserved, not minced\",Imports,Value (USD 1000),USD 1000,-6.03", "Value", "not a plain non-negative number")]
    [InlineData("China,Albania,\"Fish nei, prepared or preserved, not minced\",Imports,Value (USD 1000),USD 1000,\"6,03\"", "Value", "not a plain non-negative number")]
    [InlineData("China,Albania,\"Fish nei, prepared or preserved, not minced\",Imports,Value (USD 1000),USD 1000,6.", "Value", "not a plain non-negative number")]
    [InlineData("China,Albania,\"Fish nei, prepared or preserved, not minced\",Imports,Value (USD 1000),USD 1000,1e3", "Value", "not a plain non-negative number")]
    [InlineData("China,Albania,\"Fish nei, prepared or preserved, not minced\",Imports,Value (USD 1000),USD 1000,", "Value", "the value is empty")]
    [InlineData("China,Albania,\"Fish nei, prepared or preserved, not minced\",Imports,Value (USD 1000),USD 1000,9999999999999", "Value", "above the ceiling")]
    [InlineData("China,Albania,Fish nei, prepared or preserved, not minced,Imports,Value (USD 1000),USD 1000,6.03", "", "row has 9 fields, expected 7")]
    public void When_a_cell_is_wrong_then_the_file_is_refused_with_its_line_and_column(string row, string column, string message)
    {
        using var file = WithLine(FaoFiles.s_valueExcerpt, Name, 2, row);

        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal((Name, 2L, column), (error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_row_appears_twice_then_the_second_is_refused_naming_the_first()
    {
        using var file = WithLine(FaoFiles.s_valueExcerpt, Name, 3, Albania);

        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal((3L, "Commodity (Name)"), (error.Line, error.Column));
        Assert.Contains("already on line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_header_is_not_FishStats_then_the_file_is_refused_at_line_1()
    {
        using var file = WithLine(FaoFiles.s_valueExcerpt, Name, 1, "Reporter,Partner,Commodity,Flow,Unit (Name),Unit,Value");

        var (_, context) = ReadAll(_reader, file.Path);

        Assert.Equal(1L, Assert.Single(context.Errors).Line);
    }

    [Fact]
    public void When_the_file_name_states_no_year_then_the_file_is_refused_saying_how_to_name_it()
    {
        using var file = TempFile.WithBytes("import_by_partner_value.csv", File.ReadAllBytes(FaoFiles.s_valueExcerpt));

        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(records);
        Assert.Contains("does not state its year", Assert.Single(context.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_quantity_file_lacks_a_row_of_the_value_file_then_the_value_files_line_is_named()
    {
        var lines = Lines(FaoFiles.s_quantityExcerpt).ToList();
        lines.RemoveAt(1); // Albania's row
        using var quantities = Write("fao_quantity_2019.csv", lines);

        var (records, context) = ReadAll(_reader, FaoFiles.s_valueExcerpt, new IngestOptions { QuantitiesPath = quantities.Path });

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal(("fao_china_seafood_imports_by_partner_value_2019_excerpt.csv", 2L), (error.File, error.Line));
        Assert.Contains("has no row in the quantity file fao_quantity_2019.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_quantity_file_has_a_bad_cell_then_the_error_names_the_quantity_file()
    {
        using var quantities = WithLine(FaoFiles.s_quantityExcerpt, "fao_quantity_2019.csv", 4,
            "China,Norway,\"Atlantic and Danube salmons, fresh or chilled\",Imports,Tonnes - net product weight,Tonnes - net product weight,x");

        var (records, context) = ReadAll(_reader, FaoFiles.s_valueExcerpt, new IngestOptions { QuantitiesPath = quantities.Path });

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal(("fao_quantity_2019.csv", 4L, "Quantity"), (error.File, error.Line, error.Column));
    }

    // Faults while reading the quantity file were put on the value file, at the value file's last line (they escaped
    // to TradeReaders.ReadSafely, which knows one file), and gzip cut short was not seen: the file was stored.
    [Fact]
    public void When_the_gzipped_quantity_file_is_corrupt_then_the_error_names_the_quantity_file()
    {
        var gzip = Gzip(File.ReadAllBytes(FaoFiles.s_quantityExcerpt));
        gzip[10] |= 0b110; // the first deflate block's type becomes 11, which deflate reserves: not inflatable
        using var quantities = TempFile.WithBytes("fao_quantity_2019.csv.gz", gzip);

        var (records, context) = ReadSafely(quantities.Path);

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal(("fao_quantity_2019.csv.gz", 1L), (error.File, error.Line));
        Assert.StartsWith("the quantity file: the gzip data is corrupt: it cannot be inflated past line 1 ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_gzipped_quantity_file_is_cut_short_then_it_is_refused_naming_it()
    {
        var gzip = Gzip(File.ReadAllBytes(FaoFiles.s_quantityExcerpt));
        using var quantities = TempFile.WithBytes("fao_quantity_2019.csv.gz", gzip[..^12]);

        var (records, context) = ReadSafely(quantities.Path);

        Assert.Empty(records);
        var error = Assert.Single(context.Errors, e => e.Message.Contains("the gzip data ends early", StringComparison.Ordinal));
        Assert.Equal("fao_quantity_2019.csv.gz", error.File);
        Assert.Equal(Lines(FaoFiles.s_quantityExcerpt).Length, error.Line);
        Assert.All(context.Errors, e => Assert.Equal("fao_quantity_2019.csv.gz", e.File));
    }

    [Fact]
    public void When_the_quantity_option_names_a_value_file_then_it_is_refused()
    {
        var (records, context) = ReadAll(_reader, FaoFiles.s_valueExcerpt, new IngestOptions { QuantitiesPath = FaoFiles.s_valueExcerpt });

        Assert.Empty(records);
        Assert.Contains("where its quantity file was expected", Assert.Single(context.Errors).Message, StringComparison.Ordinal);
    }

    // As ingest reads: faults of the input become errors instead of exceptions.
    private static (List<Core.TradeRecord> Records, ReadContext Context) ReadSafely(string quantities)
    {
        var context = new ReadContext(FaoFiles.s_valueExcerpt, new IngestOptions { QuantitiesPath = quantities });
        return (TradeReaders.ReadSafely(new FaoReader(), context).ToList(), context);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Optimal))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
