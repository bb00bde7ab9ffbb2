using System.Text;
using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.National;

/// <summary>Runs a reader to the end and keeps what it reported; builds mutated copies of real files.</summary>
internal static class ReaderRun
{
    public static (List<TradeRecord> Records, ReadContext Context) ReadAll(ITradeReader reader, string path, IngestOptions? options = null)
    {
        var context = new ReadContext(path, options ?? new IngestOptions());
        var records = reader.Read(context).ToList();
        return (records, context);
    }

    /// <summary>The file's lines without their line breaks (the real files end without a final break).</summary>
    public static string[] Lines(string path) => File.ReadAllText(path).Split(["\r\n", "\n"], StringSplitOptions.None);

    /// <summary>Writes <paramref name="lines"/> joined by <paramref name="newline"/> to a temp file, as UTF-8 unless bytes are given.</summary>
    public static TempFile Write(string fileName, IEnumerable<string> lines, string newline = "\r\n", Encoding? encoding = null) =>
        TempFile.WithBytes(fileName, (encoding ?? new UTF8Encoding(false)).GetBytes(string.Join(newline, lines)));

    /// <summary>A copy of a real file with one line replaced (1-based line numbers, header = 1).</summary>
    public static TempFile WithLine(string source, string fileName, int line, string replacement)
    {
        var lines = Lines(source);
        lines[line - 1] = replacement;
        return Write(fileName, lines);
    }

    public static string Errors(ReadContext context) => string.Join(Environment.NewLine, context.Errors);
}
