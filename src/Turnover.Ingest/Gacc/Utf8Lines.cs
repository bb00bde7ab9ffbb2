using System.Text.Unicode;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// Finds the line of a stray non-UTF-8 byte. The decoder fails a whole buffer ahead of the row being parsed, so the
/// line has to be found again from the bytes; this runs only on that error path.
/// </summary>
internal static class Utf8Lines
{
    /// <summary>The 1-based number of the first line that is not valid UTF-8, or 0 when every line is.</summary>
    public static long FirstInvalid(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[1 << 16];
        using var lineBytes = new MemoryStream();
        long line = 1;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            foreach (var b in buffer.AsSpan(0, read))
            {
                if (b != (byte)'\n')
                {
                    lineBytes.WriteByte(b);
                    continue;
                }

                if (!Utf8.IsValid(lineBytes.GetBuffer().AsSpan(0, (int)lineBytes.Length)))
                {
                    return line;
                }

                lineBytes.SetLength(0);
                line++;
            }
        }

        return Utf8.IsValid(lineBytes.GetBuffer().AsSpan(0, (int)lineBytes.Length)) ? 0 : line;
    }
}
