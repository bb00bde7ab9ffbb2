using Turnover.Core;
using Turnover.Ingest.Comtrade;
using Turnover.Testing;
using static Turnover.Ingest.Tests.Comtrade.ComtradeFixture;

namespace Turnover.Ingest.Tests.Comtrade;

public class ComtradeRecognitionTests
{
    private readonly ComtradeReader _reader = new();

    [Theory]
    [InlineData("TradeData.csv")]
    [InlineData("TradeData_bulk.txt.gz")]
    [InlineData("comtrade.csv")]
    [InlineData("legacy_full_dragonfly.csv")]
    [InlineData("HS-60a6ad.json")]
    [InlineData("HS-5e2730.body.json")]
    [InlineData("HS-4f1d0f.json")]
    public void When_file_is_a_comtrade_layout_then_it_is_recognised(string name)
    {
        Assert.True(_reader.Recognises(FileSample.Of(Path(name))));
    }

    [Theory]
    [InlineData("t,i,j,k,v,q\r\n2021,4,156,80420,11,2\r\n")]
    [InlineData("\"t\",\"i\",\"j\",\"k\",\"v\",\"q\"\r\n")]
    [InlineData("Month;Exports;Imports;Balance\r\nJanuary 2001;1,187.5;7,412.1;-6,224.6\r\n")]
    [InlineData("{\"CompactData\":{\"DataSet\":{}}}")]
    [InlineData("")]
    public void When_file_is_another_layout_then_it_is_not_recognised(string text)
    {
        Assert.False(_reader.Recognises(FileSample.FromText("data.csv", text)));
    }

    [Fact]
    public void When_reader_is_asked_then_it_names_format_and_source()
    {
        Assert.Equal(("comtrade", SourceKind.Comtrade), (_reader.Format, _reader.Source));
    }

    [Fact]
    public void When_json_is_saved_under_a_csv_name_then_content_decides_the_layout()
    {
        using var file = TempFile.WithBytes("TradeData.csv", File.ReadAllBytes(Path("HS-60a6ad.json")));

        var (records, context) = Read(file.Path);

        Assert.Empty(context.Errors);
        Assert.Equal(4, records.Count);
        Assert.Equal("Comtrade+ API JSON (H3, annual)", context.Dataset);
    }

    [Fact]
    public void When_file_has_a_utf8_bom_then_it_is_recognised_and_read()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(Path("comtrade.csv"))];
        using var file = TempFile.WithBytes("comtrade.csv", bytes);

        var (records, context) = Read(file.Path);

        Assert.True(_reader.Recognises(FileSample.FromBytes("comtrade.csv", bytes)));
        Assert.Empty(context.Errors);
        Assert.Equal(290, records.Count);
    }

    [Fact]
    public void When_file_is_utf16_with_bom_then_it_is_read()
    {
        // Spreadsheet "Unicode text" exports are UTF-16 with a byte order mark.
        var text = File.ReadAllText(Path("comtrade.csv"));
        using var file = TempFile.WithBytes("comtrade.csv", [.. System.Text.Encoding.Unicode.Preamble, .. System.Text.Encoding.Unicode.GetBytes(text)]);

        var (records, context) = Read(file.Path);

        Assert.Empty(context.Errors);
        Assert.Equal(290, records.Count);
    }

    [Fact]
    public void When_csv_is_saved_under_a_gz_name_then_content_decides_the_layout()
    {
        using var file = TempFile.WithBytes("C_A_842_2017_H5.txt.gz", File.ReadAllBytes(Path("comtrade.csv")));

        var (records, context) = Read(file.Path);

        Assert.Empty(context.Errors);
        Assert.Equal(290, records.Count);
    }
}
