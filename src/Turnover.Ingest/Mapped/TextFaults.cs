using System.Buffers;
using System.Globalization;
using System.Text;

namespace Turnover.Ingest.Mapped;

/// <summary>
/// Locates encoding defects. A strict UTF-8 decoder fails a whole buffer ahead of the line being parsed, so the
/// line is found again by scanning the raw bytes; the message must point at the line a person has to fix.
/// </summary>
internal static class TextFaults
{
    /// <summary>The 1-based line holding the first byte sequence that is not valid UTF-8, and that byte; 0 if none.</summary>
    public static long LineOfInvalidUtf8(Stream stream, out byte value)
    {
        value = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            long line = 1;
            var carried = 0;
            int read;
            while ((read = stream.Read(buffer, carried, buffer.Length - carried)) > 0 || carried > 0)
            {
                var length = carried + read;
                var span = buffer.AsSpan(0, length);
                var position = 0;
                while (position < span.Length)
                {
                    var status = Rune.DecodeFromUtf8(span[position..], out _, out var consumed);
                    if (status == OperationStatus.NeedMoreData && read > 0)
                    {
                        break;
                    }

                    if (status != OperationStatus.Done)
                    {
                        value = span[position];
                        return line;
                    }

                    if (span[position] == (byte)'\n')
                    {
                        line++;
                    }

                    position += consumed;
                }

                carried = span.Length - position;
                span[position..].CopyTo(buffer);
                if (read == 0)
                {
                    break;
                }
            }

            return 0;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The message for a file that starts as UTF-8 and later holds a byte that is not.</summary>
    public static string InvalidUtf8Message(byte value) => string.Create(
        CultureInfo.InvariantCulture,
        $"byte 0x{value:X2} is not valid UTF-8, but the file starts as UTF-8: save the whole file in one encoding (UTF-8, or Latin-1 throughout)");

    /// <summary>Reports a decoding failure at the line it comes from; reading cannot go on past it.</summary>
    public static void Report(Func<Stream> reopen, Action<long, string, string> error)
    {
        using var stream = reopen();
        var line = LineOfInvalidUtf8(stream, out var value);
        error(line, string.Empty, line == 0 ? "the file's text could not be decoded" : InvalidUtf8Message(value));
    }
}
