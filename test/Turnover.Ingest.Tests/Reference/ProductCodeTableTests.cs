using Turnover.Ingest.Reference;
using Turnover.Ingest.Wind;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Reference;

/// <summary>Issue 12: product names from the bundled BACI product code table (data/reference) and Wind's series names.</summary>
public class ProductCodeTableTests
{
    [Fact]
    public void When_the_bundled_table_is_read_then_every_code_is_named_with_its_leading_zeros_kept()
    {
        using var text = File.OpenText(RepoPaths.Data("reference", "baci_product_codes.csv"));

        var table = ProductCodeTable.Read(text);

        // 5,384 distinct codes, counted with Python's csv module (data/README.md says 5,383: the file has no final line
        // break, which a line count misses); line 2 is 010121,"Horses: live, pure-bred breeding animals",41.
        Assert.Equal(5384, table.Count);
        Assert.Equal("Horses: live, pure-bred breeding animals", table.NameOf(10121));
        Assert.Equal("Fish fillets: frozen, Alaska pollack (Theragra chalcogramma)", table.NameOf(30475));
        Assert.Null(table.NameOf(2709));
    }

    [Fact]
    public void When_a_code_is_not_six_digits_then_reading_fails_naming_the_line()
    {
        using var text = new StringReader("code,description,bec\n010121,Horses,41\n2709,Crude,5\n");

        var ex = Assert.Throws<FormatException>(() => ProductCodeTable.Read(text));

        Assert.Contains("Line 3", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2709, 4, "Crude Oil")]
    [InlineData(2701, 4, "Coal")]
    [InlineData(271111, 6, "Liquified Natural Gas (LNG)")]
    [InlineData(2710, 4, null)]
    public void When_Wind_stores_an_HS_line_then_its_name_is_Winds(int code, int digits, string? name)
    {
        Assert.Equal(name, WindProductNames.Of(code, digits));
    }
}
