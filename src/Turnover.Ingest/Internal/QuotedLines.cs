using System.Text;
using Turnover.Core;

namespace Turnover.Ingest.Internal;

/// <summary>
/// Finds a quoted value holding a line break in a layout read line by line and split on its delimiter, with no CSV
/// quoting (Census tables, Wind exports). A spreadsheet saving such a value writes it in quotes over several lines,
/// which split line by line reads as a row cut short and a row of nonsense.
/// </summary>
internal static class QuotedLines
{
    // How far a quote is followed before it is taken for a stray quote rather than a value over several lines.
    private const int MaxLines = 100;

    /// <summary>
    /// Where <paramref name="line"/> opens a quote at the start of a field and a later line (from
    /// <paramref name="following"/>: the k-th line after it, null past the end) closes it: the row a CSV reader makes
    /// of those lines. Null otherwise: a line whose quotes close on it, or a stray quote no later line closes, is left
    /// to the layout's own checks.
    /// </summary>
    public static QuotedLineBreak? Find(string line, Func<int, string?> following, char separator, long from)
    {
        if (!OpensQuoteAtField(line, separator))
        {
            return null;
        }

        var row = new StringBuilder(line);
        var open = true;
        for (var k = 1; open && k <= MaxLines; k++)
        {
            if (following(k) is not { } next)
            {
                return null;
            }

            row.Append('\n').Append(next);
            open ^= next.AsSpan().Count('"') % 2 == 1;
        }

        return open ? null : QuotedLineBreak.Find(row.ToString(), separator, from);
    }

    // An odd number of quotes leaves the last one open; it is a CSV quote only where it starts a field.
    private static bool OpensQuoteAtField(string line, char separator)
    {
        if (line.AsSpan().Count('"') % 2 == 0)
        {
            return false;
        }

        var before = line.AsSpan(0, line.LastIndexOf('"')).TrimEnd(' ');
        return before.IsEmpty || before[^1] == separator;
    }
}
