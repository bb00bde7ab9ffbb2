using System.Text;
using Turnover.Ingest.Internal;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Internal;

/// <summary>
/// Whether a file ends with its line break. A last line of blanks after it (an editor's trailing spaces) holds nothing
/// that could be cut: before, such a whole KOSIS, Comtrade, BACI or GACC file was refused as "the file ends inside
/// line N, without a line break: the file looks cut short".
/// </summary>
public sealed class FileEndingTests
{
    [Theory]
    [InlineData("a,b\n1,2\n", true)]
    [InlineData("a,b\r\n1,2\r\n", true)]
    [InlineData("a,b\r1,2\r", true)]
    [InlineData("a,b\n1,2\n  ", true)]
    [InlineData("a,b\n1,2\n\t \n ", true)]
    [InlineData("a,b\n1,2", false)]
    [InlineData("a,b\n1,2 ", false)]
    [InlineData("a,b\n1,", false)]
    [InlineData("", true)]
    public void When_a_file_ends_then_only_a_line_break_with_at_most_blanks_after_it_counts(string text, bool ends)
    {
        using var file = TempFile.WithText("f.csv", text);

        Assert.Equal(ends, FileEnding.EndsWithLineBreak(file.Path));
    }

    [Theory]
    [InlineData("a,b\n1,2\n", true)]
    [InlineData("a,b\n1,2\n  ", true)]
    [InlineData("a,b\n1,2", false)]
    public void When_a_utf16_file_ends_then_its_line_break_is_found_either_byte_order(string text, bool ends)
    {
        using var little = TempFile.WithBytes("le.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        using var big = TempFile.WithBytes("be.csv", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]);

        Assert.Equal((ends, ends), (FileEnding.EndsWithLineBreak(little.Path), FileEnding.EndsWithLineBreak(big.Path)));
    }

    [Fact]
    public void When_a_whole_kosis_file_has_trailing_blanks_then_it_is_read_whole()
    {
        var path = RepoPaths.Data("national", "kosis_korea_china_monthly.csv");
        using var file = TempFile.WithBytes(Path.GetFileName(path), [.. File.ReadAllBytes(path), .. "  "u8]);
        var context = new ReadContext(file.Path, new IngestOptions());

        var records = TradeReaders.ReadSafely(TradeReaders.ByFormat("kosis")!, context).ToList();

        Assert.Empty(context.Errors);
        Assert.Equal(TradeReaders.ReadSafely(TradeReaders.ByFormat("kosis")!, new ReadContext(path, new IngestOptions())).Count(), records.Count);
    }
}
