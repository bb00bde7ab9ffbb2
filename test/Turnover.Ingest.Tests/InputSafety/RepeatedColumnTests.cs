using System.Text;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.InputSafety;

/// <summary>
/// A column a reader takes by name, named twice in the header (pasted in twice, or two exports joined side by side),
/// with other figures in the second: the file is refused naming the column and both fields. Before, the GACC news,
/// Census and IMF SDMX-CSV readers read the first and ignored the second without a word, whichever held the figures
/// (the BACI, KOSIS and mapped readers, which let Sep read the header, refused it already). Each case is a real file
/// with the column written again at the end of every line.
/// </summary>
public sealed class RepeatedColumnTests
{
    [Theory]
    [InlineData("gacc/china_russia_to_2022.csv", "gacc", ",", "value_usd_bn", "1.0", 1, "value_usd_bn", 4, 7)]
    [InlineData("data:national/us_census_usa_china_monthly.csv", "census", ";", "Exports", "1.0", 1, "Exports", 2, 5)]
    [InlineData("imf/IMTS_USA.XG_FOB_USD.G001+G998.A.csv", "imf", ",", "OBS_VALUE", "1", 1, "OBS_VALUE", 9, 13)]
    public void When_a_column_read_by_name_is_named_twice_then_the_file_is_refused_naming_both_fields(
        string source, string format, string delimiter, string name, string value, int headerLine, string column, int first, int second)
    {
        using var file = WithColumnAppended(source, delimiter, name, value, headerLine);
        var context = new ReadContext(file.Path, new IngestOptions());

        var records = TradeReaders.ReadSafely(TradeReaders.ByFormat(format)!, context).ToList();

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal(headerLine, error.Line);
        Assert.EndsWith(
            $"column '{column}' is named twice in the header (fields {first} and {second}): which one holds the figures cannot be told; remove one",
            error.Message,
            StringComparison.Ordinal);
    }

    // Every line from the header on gets the name (the header) or the value (a data row) as one more field.
    private static TempFile WithColumnAppended(string source, string delimiter, string name, string value, int headerLine)
    {
        var path = source.StartsWith("data:", StringComparison.Ordinal)
            ? RepoPaths.Data([.. source["data:".Length..].Split('/')])
            : RepoPaths.Fixture([.. source.Split('/')]);
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline)
            .Select((line, i) => i + 1 < headerLine || line.Length == 0 ? line : line + delimiter + (i + 1 == headerLine ? name : value));
        return TempFile.WithBytes(Path.GetFileName(path), Encoding.Latin1.GetBytes(string.Join(newline, lines)));
    }
}
