using Turnover.Testing;

namespace Turnover.Ingest.Tests.InputSafety;

/// <summary>
/// A file of blank lines only (an empty download saved with its line ends, or spaces) is an empty file: each reader
/// says what it says of a file of no bytes. Before, the readers that take the first line as a header explained a
/// header of one blank name: KOSIS "header '' is not comma-separated", BACI "missing column 't'" six times, the
/// mapped reader a missing column per mapped column, FishStat, FCS, GACC and Wind a header or title that is not theirs.
/// </summary>
public sealed class BlankFileTests
{
    [Theory]
    [InlineData("kosis")]
    [InlineData("baci")]
    [InlineData("fao")]
    [InlineData("fcs")]
    [InlineData("gacc")]
    [InlineData("wind")]
    [InlineData("comtrade")]
    [InlineData("imf")]
    [InlineData("mapped")]
    public void When_a_file_holds_only_blank_lines_then_it_is_refused_as_the_reader_refuses_an_empty_file(string format)
    {
        using var empty = TempFile.WithText("trade_2019.csv", string.Empty);
        using var blank = TempFile.WithText("trade_2019.csv", "\r\n  \n\t\n\n");

        var expected = Assert.Single(Read(empty.Path, format).Errors).ToString();

        Assert.Equal(expected, Assert.Single(Read(blank.Path, format).Errors).ToString());
    }

    private static ReadContext Read(string path, string format)
    {
        var options = new IngestOptions { MappingPath = RepoPaths.Fixture("mapped", "kosis_korea_china.json") };
        var context = new ReadContext(path, options);
        _ = TradeReaders.ReadSafely(TradeReaders.ByFormat(format)!, context).ToList();
        return context;
    }
}
