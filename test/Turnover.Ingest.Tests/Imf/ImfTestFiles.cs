using Turnover.Core;
using Turnover.Ingest.Imf;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Imf;

/// <summary>The IMF fixtures and helpers to read them or mutated copies.</summary>
internal static class ImfTestFiles
{
    public static string ImtsXml => RepoPaths.Fixture("imf", "IMTS_USA.XG_FOB_USD.G001+G998.A.xml");

    public static string ImtsCsv => RepoPaths.Fixture("imf", "IMTS_USA.XG_FOB_USD.G001+G998.A.csv");

    public static string DotsJson => RepoPaths.Fixture("imf", "CompactData_DOT_A.US.TXG_FOB_USD.W00+B0.json");

    public static string DotsOneSeries => RepoPaths.Fixture("imf", "CompactData_DOT_A.US.TXG_FOB_USD.B0.one-series.json");

    public static (List<TradeRecord> Records, ReadContext Context) Read(string path)
    {
        var context = new ReadContext(path, new IngestOptions());
        var records = new ImfReader().Read(context).ToList();
        return (records, context);
    }

    public static string Text(string path) => File.ReadAllText(path);

    /// <summary>A copy of a fixture with one ordinal text replacement (which must occur).</summary>
    public static TempFile Replaced(string path, string oldValue, string newValue)
    {
        var text = Text(path);
        Assert.Contains(oldValue, text, StringComparison.Ordinal);
        return TempFile.WithText(Path.GetFileName(path), text.Replace(oldValue, newValue, StringComparison.Ordinal));
    }

    /// <summary>The CSV fixture with its 1-based line replaced.</summary>
    public static TempFile CsvWithLine(int lineNumber, string replacement)
    {
        var lines = Text(ImtsCsv).Split('\n');
        lines[lineNumber - 1] = replacement;
        return TempFile.WithText("imts.csv", string.Join('\n', lines));
    }
}
