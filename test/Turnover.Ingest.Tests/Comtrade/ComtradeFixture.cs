using Turnover.Core;
using Turnover.Ingest.Comtrade;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Comtrade;

/// <summary>Reads fixtures and mutated copies of them through <see cref="ComtradeReader"/>, guarded as <c>turnover ingest</c> reads.</summary>
internal static class ComtradeFixture
{
    public static string Path(string name) => RepoPaths.Fixture("comtrade", name);

    public static (List<TradeRecord> Records, ReadContext Context) Read(string path, IngestOptions? options = null)
    {
        var context = new ReadContext(path, options ?? new IngestOptions());
        var records = TradeReaders.ReadSafely(new ComtradeReader(), context).ToList();
        return (records, context);
    }

    public static (List<TradeRecord> Records, ReadContext Context) ReadFixture(string name, IngestOptions? options = null) =>
        Read(Path(name), options);

    /// <summary>The real Comtrade+ download decoded as it is stored (Latin-1), with CRLF lines.</summary>
    public static string[] TradeDataLines() =>
        File.ReadAllText(Path("TradeData.csv"), System.Text.Encoding.Latin1).Split("\r\n");

    /// <summary>Writes lines back in the download's own encoding and line endings.</summary>
    public static TempFile WriteTradeData(string[] lines, string fileName = "TradeData.csv") =>
        TempFile.WithBytes(fileName, System.Text.Encoding.Latin1.GetBytes(string.Join("\r\n", lines)));

    /// <summary>Replaces the value of one named column on one 1-based line of the real download.</summary>
    public static TempFile TradeDataWith(int line, string column, string value)
    {
        var lines = TradeDataLines();
        var header = lines[0].Split(',');
        var index = Array.IndexOf(header, column);
        var fields = lines[line - 1].Split(',');
        if (index < 0 || fields.Length != 48 || fields[index].Contains(' ', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"line {line} column {column} cannot be edited by splitting on commas");
        }

        fields[index] = value.Length == 0 ? string.Empty : $"\"{value}\"";
        lines[line - 1] = string.Join(',', fields);
        return WriteTradeData(lines);
    }

    public static TradeRecord At(this List<TradeRecord> records, long line) => records.Single(r => r.SourceLine == line);

    public static Country Country(int code) => CountryCatalog.Default.FromCode(code);
}
