using System.Text;

namespace Turnover.Ingest.Comtrade;

/// <summary>
/// Opens Comtrade files as text: byte order marks are honoured, everything else is read as UTF-8 with any byte that
/// is not valid UTF-8 taken as Latin-1 (see <see cref="Latin1Fallback"/> for why this is safe here).
/// </summary>
internal static class ComtradeText
{
    private const int HeadChars = 8192;

    /// <summary>UTF-8 that never fails: invalid bytes decode as Latin-1.</summary>
    public static Encoding Utf8OrLatin1 { get; } =
        Encoding.GetEncoding(Encoding.UTF8.CodePage, EncoderFallback.ReplacementFallback, new Latin1Fallback());

    /// <summary>Opens the context's file (gzip inflated, progress counted) as text.</summary>
    public static StreamReader OpenText(ReadContext context) =>
        new(context.OpenRead(), Utf8OrLatin1, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    /// <summary>The first characters of the file, for telling the layouts apart; false (after reporting) when unreadable.</summary>
    public static bool TryReadHead(ReadContext context, out string head)
    {
        try
        {
            // Opened without the progress reporter: the bar should track the one real pass over the file.
            using var reader = new StreamReader(TextDecoding.OpenMaybeGzip(File.OpenRead(context.Path), context.Path), Utf8OrLatin1, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[HeadChars];
            var length = reader.ReadBlock(buffer, 0, buffer.Length);
            head = new string(buffer, 0, length);
            return true;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            head = string.Empty;
            context.Error(0, string.Empty, ComtradeMessages.Unreadable(ex.Message));
            return false;
        }
    }

    /// <summary>Makes bytes valid UTF-8 (System.Text.Json requires it) by re-encoding them through <see cref="Utf8OrLatin1"/>.</summary>
    public static byte[] ToValidUtf8(byte[] bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes) ? bytes : Encoding.UTF8.GetBytes(Utf8OrLatin1.GetString(bytes));
}
