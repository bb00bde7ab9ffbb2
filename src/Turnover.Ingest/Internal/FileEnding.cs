using System.IO.Compression;

namespace Turnover.Ingest.Internal;

/// <summary>
/// Whether a file ends with a line break: for layouts whose every real file does, a last line without one is a
/// file cut short (a number cut to fewer digits or a URL cut mid-way still parses).
/// </summary>
internal static class FileEnding
{
    /// <summary>
    /// True when the (inflated) content ends with '\n' or '\r', or is empty or unreadable (a corrupt file is
    /// reported by the read itself, not here).
    /// </summary>
    public static bool EndsWithLineBreak(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            Span<byte> magic = stackalloc byte[2];
            var isGzip = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
            if (!isGzip)
            {
                if (file.Length == 0)
                {
                    return true;
                }

                // Two bytes, for UTF-16 ("\n\0" little-endian, "\0\n" big-endian).
                file.Position = Math.Max(0, file.Length - 2);
                var (previous, final) = file.Length >= 2 ? (file.ReadByte(), file.ReadByte()) : (-1, file.ReadByte());
                return IsBreak(final) || (final == 0 && IsBreak(previous));
            }

            file.Position = 0;
            using var inflated = new GZipStream(file, CompressionMode.Decompress);
            var buffer = new byte[1 << 16];
            int before = -1, last = -1, read;
            while ((read = inflated.Read(buffer)) > 0)
            {
                before = read >= 2 ? buffer[read - 2] : last;
                last = buffer[read - 1];
            }

            return last == -1 || IsBreak(last) || (last == 0 && IsBreak(before));
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static bool IsBreak(int b) => b is '\n' or '\r';

    /// <summary>Reports a last line without its line break, naming the line and the layout's rule.</summary>
    public static void RequireFinalLineBreak(ReadContext context, long lastLine, string publisher)
    {
        if (!context.HasErrors && lastLine > 0 && !EndsWithLineBreak(context.Path))
        {
            context.Error(lastLine, string.Empty,
                $"the file ends inside line {lastLine}, without a line break: the file looks cut short ({publisher} files end every line with one); download it again");
        }
    }
}
