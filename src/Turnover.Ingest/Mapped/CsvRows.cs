using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace Turnover.Ingest.Mapped;

/// <summary>
/// A Sep reader that never throws on bad text: a decoding failure or a CSV defect is reported once, with its
/// line, and ends the rows. Line numbers count every physical line of the file (header and skipped title lines
/// included), so messages point where an editor does.
/// </summary>
internal sealed class CsvRows : IDisposable
{
    private readonly SepReader? _reader;
    private readonly Func<Stream> _reopen;
    private readonly Action<long, string, string> _error;
    private readonly long _lineOffset;
    private bool _failed;
    private long _lastLine;

    private CsvRows(SepReader? reader, long lineOffset, Func<Stream> reopen, Action<long, string, string> error)
    {
        _reader = reader;
        _lineOffset = lineOffset;
        _reopen = reopen;
        _error = error;
        _failed = reader is null;
        _lastLine = lineOffset + (reader is { HasHeader: true } ? 1 : 0);
    }

    /// <summary>Column names of the header row (empty without a header or for an empty file).</summary>
    public IReadOnlyList<string> Header => _reader is { HasHeader: true } ? _reader.Header.ColNames : [];

    /// <summary>True when the text after any skipped lines was empty.</summary>
    public bool IsEmpty => _reader is null || (_reader.Header.IsEmpty && !_reader.HasRows);

    /// <summary>The row the last <see cref="MoveNext"/> reached.</summary>
    public SepReader.Row Current => _reader!.Current;

    /// <summary>The 1-based file line where <see cref="Current"/> starts.</summary>
    /// <remarks>Sep 0.17 numbers the first row of a header-less file as line 2; it starts on line 1.</remarks>
    public long Line => (_reader!.Current.RowIndex == 0 && !_reader.HasHeader ? 1 : _reader.Current.LineNumberFrom) + _lineOffset;

    /// <summary>The 1-based file line of the last row read, blank or not (the header's line before any).</summary>
    public long LastLine => _lastLine;

    /// <summary>Opens Sep over text already positioned after <paramref name="lineOffset"/> skipped lines.</summary>
    public static CsvRows Open(TextReader text, char delimiter, bool hasHeader, long lineOffset, Func<Stream> reopen, Action<long, string, string> error)
    {
        try
        {
            var reader = Sep.Reader(o => o with
            {
                Sep = new Sep(delimiter),
                HasHeader = hasHeader,
                Unescape = true,
                DisableColCountCheck = true,
                CultureInfo = CultureInfo.InvariantCulture,
            }).From(text);
            return new CsvRows(reader, lineOffset, reopen, error);
        }
        catch (DecoderFallbackException)
        {
            TextFaults.Report(reopen, error);
        }
        catch (InvalidDataException e)
        {
            error(lineOffset + 1, string.Empty, "the text is not readable as CSV: " + e.Message);
        }

        return new CsvRows(null, lineOffset, reopen, error);
    }

    /// <summary>Splits one line (a header read by hand) into unescaped fields.</summary>
    public static string[] SplitLine(string line, char delimiter)
    {
        using var reader = Sep.Reader(o => o with { Sep = new Sep(delimiter), HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(line);
        return reader.MoveNext() ? reader.Current[..].ToStringsArray() : [];
    }

    /// <summary>Reads one line (titles before a table, or line-based layouts), reporting a decoding failure; null at the end or on failure.</summary>
    public static string? ReadLine(TextReader text, Func<Stream> reopen, Action<long, string, string> error)
    {
        try
        {
            return text.ReadLine();
        }
        catch (DecoderFallbackException)
        {
            TextFaults.Report(reopen, error);
            return null;
        }
    }

    /// <summary>Advances to the next non-blank row; false at the end or after a reported defect.</summary>
    public bool MoveNext()
    {
        if (_failed)
        {
            return false;
        }

        try
        {
            while (_reader!.MoveNext())
            {
                _lastLine = Line;

                // A blank line (often the final line break doubled) carries nothing; not an error, not a row. Its raw
                // text, not its cell: Sep unescapes a cell in place, and the shape check reads the row's quotes.
                if (_reader.Current.ColCount > 1 || !_reader.Current.Span.Trim().IsEmpty)
                {
                    return true;
                }
            }
        }
        catch (DecoderFallbackException)
        {
            _failed = true;
            TextFaults.Report(_reopen, _error);
        }
        catch (InvalidDataException e)
        {
            _failed = true;
            _error(_lastLine + 1, string.Empty, "the text is not readable as CSV: " + e.Message);
        }

        return false;
    }

    /// <inheritdoc />
    public void Dispose() => _reader?.Dispose();
}
