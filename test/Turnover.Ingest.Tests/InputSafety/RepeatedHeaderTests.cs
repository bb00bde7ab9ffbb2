using System.Text;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.InputSafety;

/// <summary>
/// Two downloads joined into one file (<c>cat a.csv b.csv</c>) hold the header again in the middle. Every reader that
/// checks rows against a header names the row for what it is and refuses the file; before, each explained the names
/// as bad data ("year 't' is not a number", "unknown country 'Country'", Comtrade's "row has 47 fields, expected 48"),
/// up to six errors for the one cause; GACC and Wind said 'Name' is not a month, or 'unknown country'. Each case is a real
/// file with its first line (or a header line below it) written again before a line.
/// </summary>
public sealed class RepeatedHeaderTests
{
    private const string Repeats = "the row repeats the header: two files joined into one, or a header written twice? Ingest each file on its own";

    [Theory]
    [InlineData("comtrade/TradeData.csv", 217, "comtrade")]
    [InlineData("baci/BACI_HS92_Y2021_V202301.csv", 12, "baci")]
    [InlineData("imf/IMTS_USA.XG_FOB_USD.G001+G998.A.csv", 4, "imf")]
    [InlineData("fao/fao_china_seafood_imports_by_partner_value_2019_excerpt.csv", 31, "fao")]
    [InlineData("data:national/kosis_korea_china_monthly.csv", 116, "kosis")]
    [InlineData("data:national/us_census_usa_china_monthly.csv", 115, "census")]
    [InlineData("data:mirror/russia_side_china_trade.csv", 6, "fcs")]
    [InlineData("gacc/china_russia_to_2022.csv", 20, "gacc")]
    [InlineData("gacc/country_table_2023_10.csv", 6, "gacc")]
    [InlineData("data:products/crea_china_customs_fossil_imports_from_russia_monthly_1995-2023-02.csv", 100, "wind")]
    [InlineData("data:products/crea_china_customs_fossil_imports_by_origin_monthly_1993-2022-11.csv", 100, "wind")]
    public void When_the_header_is_repeated_inside_the_file_then_that_row_is_named_as_a_repeated_header(string source, int line, string format)
    {
        using var file = WithHeaderAgainAt(source, line);

        var context = Read(file.Path, format);

        Assert.Equal($"{Path.GetFileName(file.Path)}:{line}: {Repeats}", Assert.Single(context.Errors).ToString());
    }

    [Fact]
    public void When_a_mapped_file_repeats_its_header_then_that_row_is_named_as_a_repeated_header()
    {
        using var file = WithHeaderAgainAt("data:national/kosis_korea_china_monthly.csv", 116);

        var context = Read(file.Path, "mapped", new IngestOptions { MappingPath = RepoPaths.Fixture("mapped", "kosis_korea_china.json") });

        Assert.Equal($"kosis_korea_china_monthly.csv:116: {Repeats}", Assert.Single(context.Errors).ToString());
    }

    [Theory]
    [InlineData("gacc/country_table_2023_10.csv", 4, 6, "gacc")]
    [InlineData("data:products/crea_china_customs_fossil_imports_from_russia_monthly_1995-2023-02.csv", 2, 100, "wind")]
    public void When_a_header_line_below_the_first_is_repeated_then_that_row_is_named_as_a_repeated_header(string source, int headerLine, int line, string format)
    {
        // GACC's column header ("Country (Region),Total,,Exports,…") and Wind's Name row come after a title line.
        using var file = WithLineAgainAt(source, headerLine, line);

        var context = Read(file.Path, format);

        Assert.Equal($"{Path.GetFileName(file.Path)}:{line}: {Repeats}", Assert.Single(context.Errors).ToString());
    }

    [Fact]
    public void When_two_wind_exports_are_joined_then_the_second_ones_first_line_is_named_as_a_repeated_header()
    {
        var path = RepoPaths.Data("products", "crea_china_customs_fossil_imports_from_russia_monthly_1995-2023-02.csv");
        var bytes = File.ReadAllBytes(path);
        using var file = TempFile.WithBytes("joined.csv", [.. bytes, (byte)'\n', .. bytes]);

        var context = Read(file.Path, "wind");

        Assert.Equal($"joined.csv:317: {Repeats}", Assert.Single(context.Errors).ToString());
    }

    private static ReadContext Read(string path, string format, IngestOptions? options = null)
    {
        var context = new ReadContext(path, options ?? new IngestOptions());
        _ = TradeReaders.ReadSafely(TradeReaders.ByFormat(format)!, context).ToList();
        return context;
    }

    // The first line (without a byte-order mark) written again as line <paramref name="line"/>, with the file's line ends.
    private static TempFile WithHeaderAgainAt(string source, int line) => WithLineAgainAt(source, 1, line);

    // Line <paramref name="header"/> (without a byte-order mark) written again as line <paramref name="line"/>, with the file's line ends.
    private static TempFile WithLineAgainAt(string source, int header, int line)
    {
        var path = source.StartsWith("data:", StringComparison.Ordinal)
            ? RepoPaths.Data([.. source["data:".Length..].Split('/')])
            : RepoPaths.Fixture([.. source.Split('/')]);
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline).ToList();
        lines.Insert(line - 1, lines[header - 1].TrimStart('\u00EF', '\u00BB', '\u00BF'));
        return TempFile.WithBytes(Path.GetFileName(path), Encoding.Latin1.GetBytes(string.Join(newline, lines)));
    }
}
