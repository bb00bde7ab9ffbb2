using nietras.SeparatedValues;
using Turnover.Core;

namespace Turnover.Ingest.Internal;

/// <summary>
/// Holds every data row of a delimited file to one field count, and refuses a row that runs over several lines.
/// </summary>
/// <remarks>
/// A field too many shifts the values a reader takes by position or name ("…,1141,5", a decimal comma, stored 1141
/// thousand instead of 1,141,500); a field too few is a line cut short. The count is the header's, or, where the
/// layout allows a trailing delimiter (the Comtrade+ CSV ends every data row with a comma), the header's plus one
/// empty field, fixed by the first data row: every later row must look the same, so a last line cut inside its last
/// field is caught. None of the layouts read here has a line break inside a field, so a row that spans lines is
/// refused: a quoted value holding a line break is named as such, and a quote opened and never closed (which would
/// otherwise swallow the rest of the file into one field) as that, each with the field and the line it opens on.
/// </remarks>
internal sealed class RowShape(int headerCount, char separator = ',', bool trailingEmptyAllowed = false, IReadOnlyList<string>? header = null)
{
    /// <summary>What a row that repeats the header is (two files joined with <c>cat</c>, or a header written twice).</summary>
    public const string RepeatsHeader = "the row repeats the header: two files joined into one, or a header written twice? Ingest each file on its own";

    /// <summary>
    /// What a line of one empty quoted field (<c>""</c>) is. It is not blank (a blank line carries nothing and is skipped
    /// by the readers): something was written there, and no layout read here has rows of one field, so it is refused
    /// as every other row of the wrong shape, but named for what it is rather than as a row cut short.
    /// </summary>
    public const string EmptyQuoted = "the line holds only an empty quoted value (\"\"): not a blank line, which would be skipped, nor a row of this layout; delete the line if nothing is missing there";

    private int _expected = -1;

    /// <summary>The field count every row must have, once the first row fixed it (else the header's).</summary>
    public int Expected => _expected < 0 ? headerCount : _expected;

    /// <summary>
    /// Checks a Sep row that starts on <paramref name="line"/>; returns the fault, or null when the row has the file's
    /// shape. Call it before any cell of the row is read: Sep removes quotes in place once a cell is taken, and the
    /// quotes tell a line break inside a value from a quote never closed.
    /// </summary>
    public RowFault? Check(SepReader.Row row, long line)
    {
        // Sep numbers the lines of a header-less file's first row wrongly, so that row's text is always scanned.
        if ((row.RowIndex == 0 || row.LineNumberToExcl - row.LineNumberFrom > 1)
            && QuotedLineBreak.Find(row.Span, separator, line) is { } lineBreak)
        {
            return new RowFault(Spanning(lineBreak), lineBreak.Field);
        }

        if (header is not null && IsHeader(row, header))
        {
            return new RowFault(RepeatsHeader, 0);
        }

        if (IsEmptyQuoted(row))
        {
            return new RowFault(EmptyQuoted, 0);
        }

        return Check(row.ColCount, row.ColCount > 0 && row[row.ColCount - 1].Span.Trim().IsEmpty);
    }

    /// <summary>
    /// True when the row's cells are the header's names (spaces and quotes around them, and case, aside), checked
    /// from the first cell, so a data row costs one comparison.
    /// </summary>
    public static bool IsHeader(SepReader.Row row, IReadOnlyList<string> header)
    {
        if (row.ColCount != header.Count || header.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < header.Count; i++)
        {
            if (!Name(row[i].Span).Equals(Name(header[i]), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the row is a line of one empty quoted field (<see cref="EmptyQuoted"/>); reads the raw text only.</summary>
    public static bool IsEmptyQuoted(SepReader.Row row) => row.ColCount == 1 && row.Span.Trim().SequenceEqual("\"\"");

    /// <summary>True when <paramref name="cells"/> (a line split on its delimiter) are the header's names, as above.</summary>
    public static bool IsHeader(IReadOnlyList<string> cells, IReadOnlyList<string> header) =>
        cells.Count == header.Count && header.Count > 0
        && cells.Select((cell, i) => Name(cell).Equals(Name(header[i]), StringComparison.OrdinalIgnoreCase)).All(same => same);

    private static ReadOnlySpan<char> Name(ReadOnlySpan<char> cell) => cell.Trim().Trim('"').Trim().TrimStart('\uFEFF');

    /// <summary>
    /// What is wrong with a row that runs over several lines: a quote never closed swallowed the lines after it, or a
    /// quoted value holds a line break, which none of these layouts has.
    /// </summary>
    public static string Spanning(QuotedLineBreak row) => row.Closed
        ? $"the quoted value in field {row.Field} opens on line {row.From} and holds a line break, so the row runs to line {row.To}: "
            + "a line break inside a quoted value is not allowed in this layout, where every row is one line (join the lines, or remove a stray quote)"
        : $"the row runs from line {row.From} over {row.Lines} lines: a quote opened in field {row.Field} is never closed, "
            + "so the lines after it were read as one field (file cut short, or a stray quote?)";

    /// <summary>Checks a row of one line from its field count and whether its last field is empty.</summary>
    private RowFault? Check(int count, bool lastEmpty)
    {
        if (_expected < 0)
        {
            _expected = trailingEmptyAllowed && count == headerCount + 1 && lastEmpty ? headerCount + 1 : headerCount;
        }

        if (count == _expected && (_expected == headerCount || lastEmpty))
        {
            return null;
        }

        if (count == _expected)
        {
            return new RowFault($"row has {count} fields and its last one is not empty: expected {headerCount} fields and a trailing delimiter, as on the first data row", 0);
        }

        var hint = count < _expected
            ? " (line cut short, or a wrong delimiter?)"
            : " (an unquoted delimiter inside a value, such as a decimal comma or a thousands separator?)";
        return new RowFault($"row has {count} fields, expected {_expected} as in the {(_expected == headerCount ? "header" : "first data row")}{hint}", count < _expected ? count + 1 : 0);
    }
}
