using System.Text;
using nietras.SeparatedValues;

namespace Turnover.Ingest.Internal;

/// <summary>Advancing a Sep reader without letting a decoding failure escape as an exception.</summary>
internal static class SepRowReading
{
    /// <summary>
    /// Moves to the next row; a non-UTF-8 byte becomes an error instead. Sep decodes ahead of the rows it hands out,
    /// so the byte is somewhere at or after the line following <paramref name="lastLine"/>, not necessarily on it.
    /// </summary>
    public static bool TryMoveNext(SepReader reader, ReadContext context, long lastLine) => TryMoveNext(reader, lastLine, context.Error);

    /// <summary>As above, reporting to <paramref name="error"/> (line, column, message): a companion file's own sink.</summary>
    public static bool TryMoveNext(SepReader reader, long lastLine, Action<long, string, string> error)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (DecoderFallbackException ex)
        {
            error(lastLine + 1, string.Empty, $"the file is not valid UTF-8 text at or after line {lastLine + 1} ({ex.Message})");
            return false;
        }
    }
}
