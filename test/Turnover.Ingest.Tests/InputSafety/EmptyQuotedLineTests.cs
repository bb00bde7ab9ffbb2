using System.Text;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.InputSafety;

/// <summary>
/// A line of one empty quoted field (<c>""</c>) among the rows: not blank (a blank line is skipped by these readers,
/// it carries nothing), but something written where a row should be, so every reader refuses it, as before; it is now
/// named for what it is instead of "row has 1 fields, expected 4 as in the header (line cut short, or a wrong
/// delimiter?)". Each case is a real file with the line written before a row.
/// </summary>
public sealed class EmptyQuotedLineTests
{
    private const string EmptyQuoted = "the line holds only an empty quoted value (\"\"): not a blank line, which would be skipped, nor a row of this layout; delete the line if nothing is missing there";

    [Theory]
    [InlineData("data:national/kosis_korea_china_monthly.csv", 50, "kosis")]
    [InlineData("data:national/kosis_korea_china_monthly.csv", 50, "mapped")]
    [InlineData("comtrade/TradeData.csv", 5, "comtrade")]
    [InlineData("baci/BACI_HS92_Y2021_V202301.csv", 5, "baci")]
    [InlineData("imf/IMTS_USA.XG_FOB_USD.G001+G998.A.csv", 3, "imf")]
    [InlineData("fao/fao_china_seafood_imports_by_partner_value_2019_excerpt.csv", 5, "fao")]
    [InlineData("data:mirror/russia_side_china_trade.csv", 4, "fcs")]
    public void When_a_line_holds_only_an_empty_quoted_field_then_it_is_refused_and_named_so(string source, int line, string format)
    {
        using var file = WithLineAt(source, line, "\"\"");

        var context = Read(file.Path, format);

        Assert.Equal($"{Path.GetFileName(file.Path)}:{line}: {EmptyQuoted}", Assert.Single(context.Errors).ToString());
    }

    [Theory]
    [InlineData("kosis")]
    [InlineData("mapped")]
    public void When_a_blank_line_is_among_the_rows_then_it_is_skipped(string format)
    {
        var path = RepoPaths.Data("national", "kosis_korea_china_monthly.csv");
        using var file = WithLineAt("data:national/kosis_korea_china_monthly.csv", 50, string.Empty);

        var records = TradeReaders.ReadSafely(TradeReaders.ByFormat(format)!, Context(file.Path)).ToList();

        Assert.Equal(TradeReaders.ReadSafely(TradeReaders.ByFormat(format)!, Context(path)).Count(), records.Count);
    }

    private static ReadContext Read(string path, string format)
    {
        var context = Context(path);
        _ = TradeReaders.ReadSafely(TradeReaders.ByFormat(format)!, context).ToList();
        return context;
    }

    private static ReadContext Context(string path) =>
        new(path, new IngestOptions { MappingPath = RepoPaths.Fixture("mapped", "kosis_korea_china.json") });

    // The text written as line <paramref name="line"/>, with the file's line ends.
    private static TempFile WithLineAt(string source, int line, string text)
    {
        var path = source.StartsWith("data:", StringComparison.Ordinal)
            ? RepoPaths.Data([.. source["data:".Length..].Split('/')])
            : RepoPaths.Fixture([.. source.Split('/')]);
        var content = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        var newline = content.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = content.Split(newline).ToList();
        lines.Insert(line - 1, text);
        return TempFile.WithBytes(Path.GetFileName(path), Encoding.Latin1.GetBytes(string.Join(newline, lines)));
    }
}
