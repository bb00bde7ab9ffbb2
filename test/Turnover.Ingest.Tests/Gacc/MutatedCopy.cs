using Turnover.Testing;

namespace Turnover.Ingest.Tests.Gacc;

/// <summary>Writes a changed copy of a real file (CRLF, as the originals) for bad-input tests.</summary>
internal static class MutatedCopy
{
    /// <summary>Copies <paramref name="source"/> with its lines changed; line 1 is <c>lines[0]</c>.</summary>
    public static TempFile Of(string source, Action<List<string>> change)
    {
        var lines = File.ReadAllLines(source).ToList();
        change(lines);
        return TempFile.WithText(Path.GetFileName(source), string.Join("\r\n", lines) + "\r\n");
    }

    /// <summary>Replaces the first occurrence of <paramref name="from"/> on a 1-based line.</summary>
    public static void Replace(this List<string> lines, int line, string from, string to)
    {
        var text = lines[line - 1];
        var at = text.IndexOf(from, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{from}' is not on line {line}: {text}");
        }

        lines[line - 1] = string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }
}
