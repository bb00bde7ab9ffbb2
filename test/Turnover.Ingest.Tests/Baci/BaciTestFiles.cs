using System.Text;
using Turnover.Core;
using Turnover.Ingest.Baci;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Baci;

/// <summary>Reads BACI fixtures and mutated copies of them.</summary>
internal static class BaciTestFiles
{
    public static string RLayout => RepoPaths.Fixture("baci", "ExampleTradeData.csv");

    public static string CepiiLayout => RepoPaths.Fixture("baci", "BACI_HS92_Y2021_V202301.csv");

    public static (List<TradeRecord> Records, ReadContext Context) Read(string path, IngestOptions? options = null)
    {
        var context = new ReadContext(path, options ?? new IngestOptions());
        var records = new BaciReader().Read(context).ToList();
        return (records, context);
    }

    /// <summary>The real R-layout fixture with one line (1-based) replaced.</summary>
    public static TempFile WithLine(int lineNumber, string replacement, string fileName = "ExampleTradeData.csv")
    {
        var lines = File.ReadAllText(RLayout).Split("\r\n");
        lines[lineNumber - 1] = replacement;
        return TempFile.WithText(fileName, string.Join("\r\n", lines));
    }

    public static TempFile WithText(string text, string fileName = "ExampleTradeData.csv") => TempFile.WithText(fileName, text);

    public static byte[] Bytes(string path) => File.ReadAllBytes(path);

    public static string Text(string path) => Encoding.UTF8.GetString(File.ReadAllBytes(path));
}
