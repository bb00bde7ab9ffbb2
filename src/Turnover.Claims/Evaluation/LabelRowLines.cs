using Turnover.Core;

namespace Turnover.Claims.Evaluation;

/// <summary>
/// A row of the labelled CSV that runs over several lines, found from its raw text before Sep removes its quotes. The
/// labelled files hold one figure per line: a quoted value with a line break inside (a quote pasted with its paragraph
/// break) or a quote never closed (which swallows every later line into one field, so the columns after it look
/// missing) is named for what it is, with the field and the line the row opens on, in the words the ingest readers use.
/// </summary>
internal static class LabelRowLines
{
    /// <summary>The fault of a row starting on <paramref name="line"/>; null when the row is one line.</summary>
    public static string? Fault(ReadOnlySpan<char> raw, IReadOnlyList<string> columns, long line)
    {
        if (QuotedLineBreak.Find(raw, ',', line) is not { } spanning)
        {
            return null;
        }

        var name = spanning.Field <= columns.Count ? columns[spanning.Field - 1] : spanning.Field.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return spanning.Closed
            ? $"line {line}: field {name}: the quoted value opens on line {line} and holds a line break, so the row runs to line {spanning.To}: "
                + "a line break inside a quoted value is not allowed in this file, where every labelled figure is one line (join the lines, or remove a stray quote)"
            : $"line {line}: field {name}: the row runs from line {line} over {spanning.Lines} lines: a quote opened in field {name} is never closed, "
                + "so the lines after it were read as one field (file cut short, or a stray quote?)";
    }
}
