using System.Text;

namespace Turnover.Claims.Tests;

/// <summary>Bad input: empty, binary, too large, undecodable; and the legacy encodings the languages arrive in.</summary>
public sealed class InputTests
{
    private const string Russian = "Товарооборот России и Китая в 2023 году составил 240,1 миллиарда долларов.";
    private const string Simplified = "2023年中俄贸易额为2401.1亿美元,同比增长26.3%。";
    private const string Traditional = "2023年中俄貿易額為2401.1億美元,同比增長26.3%。";

    static InputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void When_the_text_is_empty_then_the_error_says_so(string text)
    {
        var result = ClaimExtractor.Extract(text);
        Assert.False(result.Success);
        Assert.Equal("the text is empty", result.Error);
    }

    [Fact]
    public void When_the_text_holds_a_nul_character_then_it_is_refused_as_binary()
    {
        var result = ClaimExtractor.Extract("Trade\0\u0001\u0002");
        Assert.Contains("binary data", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_text_is_over_the_limit_then_the_error_names_the_limit()
    {
        var result = ClaimExtractor.Extract(new string('a', ClaimExtractor.MaxTextLength + 1));
        Assert.Contains("4,194,304", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_text_has_no_claims_then_it_reads_successfully_with_none()
    {
        var result = ClaimExtractor.Extract("The leaders met in Moscow and discussed the weather.");
        Assert.True(result.Success);
        Assert.Empty(result.Claims);
    }

    [Fact]
    public void When_a_number_overflows_then_no_claim_is_made_and_nothing_throws()
    {
        Assert.Empty(Read.Claims("Bilateral trade reached $99999999999999999999999999999 trillion in 2023."));
    }

    [Theory]
    [InlineData("windows-1251", Russian)]
    [InlineData("koi8-r", Russian)]
    [InlineData("gb18030", Simplified)]
    [InlineData("big5", Traditional)]
    public void When_a_legacy_encoding_is_not_named_then_it_is_detected(string encoding, string text)
    {
        var decoded = ClaimTextDecoder.Decode(Encoding.GetEncoding(encoding).GetBytes(text));
        Assert.True(decoded.Success, decoded.Error);
        Assert.Equal(encoding, decoded.EncodingName);
        Assert.True(decoded.Detected);
        Assert.Equal(text, decoded.Text);
    }

    [Theory]
    [InlineData("cp1251", Russian, "windows-1251")]
    [InlineData("gbk", Simplified, "gb18030")]
    [InlineData("utf-8", Russian, "utf-8")]
    public void When_an_encoding_is_named_then_it_is_used(string name, string text, string web)
    {
        var bytes = (web == "utf-8" ? Encoding.UTF8 : Encoding.GetEncoding(web)).GetBytes(text);
        var decoded = ClaimTextDecoder.Decode(bytes, name);
        Assert.Equal(text, decoded.Text);
        Assert.False(decoded.Detected);
    }

    [Fact]
    public void When_utf8_text_is_decoded_then_it_is_read_as_utf8_with_or_without_bom()
    {
        var bytes = Encoding.UTF8.GetBytes(Simplified);
        Assert.Equal("utf-8", ClaimTextDecoder.Decode(bytes).EncodingName);
        Assert.Equal(Simplified, ClaimTextDecoder.Decode([0xEF, 0xBB, 0xBF, .. bytes]).Text);
    }

    [Fact]
    public void When_bytes_are_not_valid_in_the_named_encoding_then_the_error_gives_the_offset()
    {
        var decoded = ClaimTextDecoder.Decode([0x41, 0xFF, 0xFE, 0x42], "utf-8");
        Assert.False(decoded.Success);
        Assert.Contains("not valid utf-8", decoded.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_an_unknown_encoding_is_named_then_the_error_lists_the_known_ones()
    {
        Assert.Contains("unknown encoding 'ebcdic-x'", ClaimTextDecoder.Decode("a"u8, "ebcdic-x").Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "binary data")]
    [InlineData(new byte[0], "the input is empty")]
    [InlineData(new byte[] { 0x81, 0x20, 0x81, 0x20, 0x81 }, "name its encoding")]
    public void When_bytes_are_binary_empty_or_undecodable_then_a_clear_error_is_returned(byte[] bytes, string message)
    {
        var decoded = ClaimTextDecoder.Decode(bytes);
        Assert.False(decoded.Success);
        Assert.Contains(message, decoded.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_input_is_over_the_byte_limit_then_the_error_names_the_limit()
    {
        var decoded = ClaimTextDecoder.Decode(new byte[ClaimTextDecoder.MaxBytes + 1]);
        Assert.Contains("16 MiB", decoded.Error, StringComparison.Ordinal);
    }
}
