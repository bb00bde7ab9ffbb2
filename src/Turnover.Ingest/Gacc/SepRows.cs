using System.Text;
using nietras.SeparatedValues;
using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// Walks a Sep reader and turns a decoding failure (a Latin-1 byte in a file that started as UTF-8) into an error
/// with the line, instead of an exception.
/// </summary>
internal sealed class SepRows(SepReader reader, ReadContext context) : IDisposable
{
    /// <summary>1-based line where the current row starts.</summary>
    public long Line { get; private set; }

    public SepReader.Row Current => reader.Current;

    public bool MoveNext()
    {
        try
        {
            if (!reader.MoveNext())
            {
                return false;
            }
        }
        catch (DecoderFallbackException)
        {
            ReportInvalidUtf8(context, Line + 1);
            return false;
        }

        // Sep 0.17 numbers the first row as line 2 when there is no header; every later row is right.
        Line = reader.Current.RowIndex == 0 ? 1 : reader.Current.LineNumberFrom;
        // Read before any cell: Sep removes quotes in place once a cell is taken, and the quotes tell a line break
        // inside a value from a quote never closed.
        LineBreak = QuotedLineBreak.Find(reader.Current.Span, ',', Line);
        return true;
    }

    /// <summary>Where the current row runs over several lines (a quoted line break, or a quote never closed); null for a row of one line.</summary>
    public QuotedLineBreak? LineBreak { get; private set; }

    /// <summary>
    /// Reports the current row when it runs over several lines, naming the field that holds the line break
    /// (<paramref name="columnOf"/> gives its name from its 1-based number; empty where the layout has none there);
    /// true when it did. GACC's files have no line break inside a value, so such a row is never read.
    /// </summary>
    public bool RefuseLineBreak(Func<int, string> columnOf)
    {
        if (LineBreak is not { } lineBreak)
        {
            return false;
        }

        context.Error(Line, columnOf(lineBreak.Field), Internal.RowShape.Spanning(lineBreak));
        return true;
    }

    /// <summary>
    /// Opens a comma-separated reader over the text. Sep decodes a first buffer on opening, so a stray byte there is
    /// reported (and null returned) rather than thrown.
    /// </summary>
    public static SepRows? Open(TextReader text, ReadContext context)
    {
        try
        {
            return new SepRows(Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).From(text), context);
        }
        catch (DecoderFallbackException)
        {
            ReportInvalidUtf8(context, 1);
            return null;
        }
    }

    /// <summary>Disposes the underlying reader.</summary>
    public void Dispose() => reader.Dispose();

    /// <summary>The cells of the current row as trimmed strings (small rows only: headers and titles).</summary>
    public string[] CurrentCells()
    {
        var row = reader.Current;
        var cells = new string[row.ColCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = row[i].Span.Trim().ToString();
        }

        return cells;
    }

    private static void ReportInvalidUtf8(ReadContext context, long fallbackLine)
    {
        using var bytes = context.OpenRead();
        var bad = Utf8Lines.FirstInvalid(bytes);
        context.Error(bad == 0 ? fallbackLine : bad, string.Empty,
            "the line is not valid UTF-8 although the file starts as UTF-8 (mixed encodings); save the file as UTF-8");
    }
}
