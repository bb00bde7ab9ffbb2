using System.IO.Compression;
using Turnover.Core;
using Turnover.Ingest.Comtrade;
using Turnover.Testing;
using static Turnover.Ingest.Tests.Comtrade.ComtradeFixture;

namespace Turnover.Ingest.Tests.Comtrade;

/// <summary>
/// The bulk layout (tab-separated, gzipped) built from ten rows of the real download (lines 2, 18, 40, 85, 106,
/// 321, 344, 358, 403, 423), same values; see test/fixtures/comtrade/README.md.
/// </summary>
public class ComtradeBulkTsvTests
{
    private static readonly long[] s_sourceLines = [2, 18, 40, 85, 106, 321, 344, 358, 403, 423];

    [Fact]
    public void When_reading_gzipped_tsv_then_records_equal_those_of_the_download_rows_it_was_built_from()
    {
        var (bulk, context) = ReadFixture("TradeData_bulk.txt.gz");
        var (download, _) = ReadFixture("TradeData.csv");

        Assert.Empty(context.Errors);
        Assert.Equal(10, bulk.Count);
        for (var i = 0; i < bulk.Count; i++)
        {
            Assert.Equal(download.At(s_sourceLines[i]) with { SourceLine = i + 2 }, bulk[i]);
        }
    }

    [Fact]
    public void When_reading_gzipped_tsv_then_dataset_says_bulk()
    {
        var (records, context) = ReadFixture("TradeData_bulk.txt.gz");

        Assert.Equal("Comtrade+ bulk TSV (H4+H5, annual)", context.Dataset);
        Assert.Equal(5_909.66m, records[8].ValueUsd);
        Assert.Equal(Country(643), records[8].Partner);
        Assert.Equal(Quantity.Kilograms(4), records[8].Quantity);
    }

    [Fact]
    public void When_bulk_file_is_sampled_then_it_is_recognised_through_the_gzip()
    {
        Assert.True(new ComtradeReader().Recognises(FileSample.Of(Path("TradeData_bulk.txt.gz"))));
    }

    [Fact]
    public void When_gzip_is_cut_off_then_errors_are_reported_without_throwing()
    {
        var bytes = File.ReadAllBytes(Path("TradeData_bulk.txt.gz"));
        using var file = TempFile.WithBytes("C_A_764_2017_H5.txt.gz", bytes[..(bytes.Length * 2 / 3)]);

        var (records, context) = Read(file.Path);

        Assert.True(context.HasErrors);
        Assert.True(records.Count < 10);
    }

    [Fact]
    public void When_a_bulk_value_is_not_a_number_then_error_names_line_and_column()
    {
        var text = Gunzip(File.ReadAllBytes(Path("TradeData_bulk.txt.gz")));
        var lines = text.Split('\n');
        lines[2] = lines[2].Replace("\t816074122\t0\t", "\tabc\t0\t", StringComparison.Ordinal);
        using var file = TempFile.WithBytes("bulk.txt.gz", Gzip(string.Join('\n', lines)));

        var (_, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((3L, "primaryValue", "value 'abc' is not a number"), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_columns_are_reordered_and_renamed_then_header_names_still_find_them()
    {
        // comtradr's tidy names (primary_value) and upper-case spellings normalise to the same columns.
        var lines = Gunzip(File.ReadAllBytes(Path("TradeData_bulk.txt.gz"))).TrimEnd('\n').Split('\n');
        var renamed = lines[0].Split('\t').Select(ToSnakeCase).Select((name, i) => i % 2 == 0 ? name : name.ToUpperInvariant());
        var reordered = new[] { string.Join('\t', renamed.Reverse()) }
            .Concat(lines.Skip(1).Select(l => string.Join('\t', l.Split('\t').Reverse())));
        using var file = TempFile.WithText("tidy.tsv", string.Join('\n', reordered) + "\n");

        var (records, context) = Read(file.Path);
        var (original, _) = ReadFixture("TradeData_bulk.txt.gz");

        Assert.Empty(context.Errors);
        Assert.Equal(original, records);
    }

    private static string ToSnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : c.ToString()));

    private static string Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
