using System.Text;
using Turnover.Testing;

namespace Turnover.Cli.Tests.DefectCatalogue;

/// <summary>Encodings and odd bytes: each variant either reads exactly as the original or is rejected by name.</summary>
public sealed partial class IoDefectTests
{
    [Theory]
    [InlineData("utf8-bom")]
    [InlineData("crlf")]
    [InlineData("utf16le-bom")]
    [InlineData("utf16be-bom")]
    public void When_a_file_comes_in_another_encoding_or_line_ending_then_it_reads_exactly_as_the_original(string variant)
    {
        var text = File.ReadAllText(Bundled.KoreaChina);
        var bytes = variant switch
        {
            "utf8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "crlf" => Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")),
            "utf16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        };
        using var copy = TempFile.WithBytes(Kosis, bytes);
        using var original = new CliRun();
        using var cli = new CliRun();

        original.Run("ingest", Bundled.KoreaChina);
        var (exit, console, _, _) = cli.Run("ingest", copy.Path);

        Assert.Equal(0, exit);
        Assert.Matches($@"{Kosis}\s+│ kosis\s+│ stored \(release 1\)\s+│ 228\s+│ 456", console);
        Assert.Equal(original.Run("series", "KOR", "CHN").Console, cli.Run("series", "KOR", "CHN").Console);
    }

    [Theory]
    [InlineData("latin1")]
    [InlineData("utf8")]
    [InlineData("utf8-bom")]
    [InlineData("utf16le-bom")]
    [InlineData("mojibake")]
    public void When_the_real_latin1_comtrade_download_is_re_encoded_then_every_row_is_still_stored(string variant)
    {
        // The real download is Windows-1252/Latin-1 ("Curaçao", "Türkiye"); mojibake is its UTF-8 read as Latin-1 and
        // saved as UTF-8 again ("CuraÃ§ao"): names garble, codes and values do not.
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(RepoPaths.Fixture("comtrade", "TradeData.csv")));
        var bytes = variant switch
        {
            "latin1" => Encoding.Latin1.GetBytes(text),
            "utf8" => Encoding.UTF8.GetBytes(text),
            "utf8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text))),
        };
        using var copy = TempFile.WithBytes("TradeData.csv", bytes);
        using var cli = new CliRun();

        var (exit, console, _, error) = cli.Run("ingest", copy.Path);

        Assert.True(exit == 0, error);
        Assert.Matches(@"TradeData\.csv\s+│ comtrade\s+│ stored \(release 1\)\s+│ 430\s+│ 430", console);
    }

    [Fact]
    public void When_binary_garbage_is_named_csv_then_auto_detection_refuses_it_by_name()
    {
        using var cli = new CliRun();
        using var garbage = TempFile.WithBytes(Kosis, PngLikeGarbage(seed: 7));

        var (exit, error) = IngestLeavingStoreUnchanged(cli, garbage.Path);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"error: {Kosis}: the layout was not recognised; name it with --format (comtrade, imf, gacc, fcs, fao, census, kosis, baci, wind, mapped).",
            error.Trim());
    }

    [Theory]
    [InlineData("kosis")]
    [InlineData("census")]
    [InlineData("gacc")]
    [InlineData("baci")]
    [InlineData("comtrade")]
    [InlineData("imf")]
    public void When_binary_garbage_is_read_as_a_named_format_then_it_is_rejected_with_the_file_named_and_nothing_raw_printed(string format)
    {
        using var cli = new CliRun();
        using var garbage = TempFile.WithBytes("BACI_HS92_Y2021_V202301.csv", PngLikeGarbage(seed: 11));

        var (exit, error) = IngestLeavingStoreUnchanged(cli, garbage.Path, "--format", format);

        Assert.Equal(1, exit);
        Assert.StartsWith("error: BACI_HS92_Y2021_V202301.csv", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0000', error);
    }

    /// <summary>A PNG signature and header chunk followed by seeded random bytes: what a mislabelled image looks like.</summary>
    private static byte[] PngLikeGarbage(int seed)
    {
        var random = new Random(seed);
        var body = new byte[20_000];
        random.NextBytes(body);
        byte[] header = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
        return [.. header, .. body];
    }
}
