using System.Text;

namespace Turnover.Ingest.Tests;

public sealed class TextDecodingTests
{
    [Fact]
    public void When_a_file_starts_with_a_utf8_byte_order_mark_then_the_sample_head_does_not_keep_it()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat("country_code,country_name\n"u8.ToArray()).ToArray();

        var sample = FileSample.FromBytes("baci_country_codes.csv", bytes);

        Assert.Equal("country_code,country_name", sample.FirstLine);
        Assert.Equal(Encoding.UTF8.CodePage, TextDecoding.Detect(bytes, out var bom).CodePage);
        Assert.Equal(3, bom);
    }

    [Fact]
    public void When_the_sample_ends_inside_a_multibyte_character_then_detection_does_not_throw()
    {
        var whole = "Côte d'Ivoire;Curaçao"u8.ToArray();
        var cut = whole[..(whole.Length - 3)]; // ends with the first of the two bytes of 'ç'

        var sample = FileSample.FromBytes("names.csv", cut);

        Assert.StartsWith("Côte d'Ivoire;Cura", sample.Head, StringComparison.Ordinal);
    }

    [Fact]
    public void When_bytes_are_not_utf8_then_latin1_is_chosen()
    {
        var latin1 = Encoding.Latin1.GetBytes("Cura\u00e7ao,T\u00fcrkiye\r\n");

        Assert.Equal(Encoding.Latin1.CodePage, TextDecoding.Detect(latin1, out _).CodePage);
        Assert.Equal("Curaçao,Türkiye", FileSample.FromBytes("TradeData.csv", latin1).FirstLine);
    }
}
