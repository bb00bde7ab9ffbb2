using Turnover.Testing;

namespace Turnover.Ingest.Tests.InputSafety;

/// <summary>
/// A file that starts with two UTF-8 byte-order marks (a tool that adds one to a file that had one) is the same file:
/// it is recognised as its layout and read as the original. Before, FishStat, Wind and KOSIS files were not recognised
/// ("the layout was not recognised"), and read with their format refused their own header ("the header is not
/// FishStat's trade-by-partner layout", "expected Wind's Name row", "header … has no column 'Country'"). Comtrade,
/// which decodes on its own, already read them.
/// </summary>
public sealed class DoubleByteOrderMarkTests
{
    [Theory]
    [InlineData("fao/fao_china_seafood_imports_by_partner_value_2019_excerpt.csv", "fao")]
    [InlineData("data:products/crea_china_customs_fossil_imports_from_russia_monthly_1995-2023-02.csv", "wind")]
    [InlineData("data:national/kosis_korea_china_monthly.csv", "kosis")]
    [InlineData("comtrade/TradeData.csv", "comtrade")]
    public void When_a_file_starts_with_a_second_byte_order_mark_then_it_is_recognised_and_read_as_the_original(string source, string format)
    {
        var path = source.StartsWith("data:", StringComparison.Ordinal)
            ? RepoPaths.Data([.. source["data:".Length..].Split('/')])
            : RepoPaths.Fixture([.. source.Split('/')]);
        var bytes = File.ReadAllBytes(path);
        var withoutMark = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        using var file = TempFile.WithBytes(Path.GetFileName(path), [.. "\uFEFF\uFEFF"u8, .. withoutMark]);

        var context = new ReadContext(file.Path, new IngestOptions());
        var records = TradeReaders.ReadSafely(TradeReaders.ByFormat(format)!, context).ToList();

        Assert.Equal(format, TradeReaders.Detect(FileSample.Of(file.Path))?.Format);
        Assert.Empty(context.Errors);
        Assert.Equal(TradeReaders.ReadSafely(TradeReaders.ByFormat(format)!, new ReadContext(path, new IngestOptions())).ToList(), records);
    }
}
