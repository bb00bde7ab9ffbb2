namespace Turnover.Ingest.Internal;

/// <summary>
/// Whether a file ends with a line break: for layouts whose every real file does, a last line without one is a
/// file cut short (a number cut to fewer digits or a URL cut mid-way still parses).
/// </summary>
internal static class FileEnding
{
    /// <summary>
    /// True when the content ends with '\n' or '\r' (in UTF-8, Latin-1 or UTF-16), then at most blanks (spaces, tabs: a
    /// last line holding nothing), or is empty, gzipped or unreadable
    /// (a corrupt or cut file is reported by the read itself, not here).
    /// </summary>
    public static bool EndsWithLineBreak(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            if (!TextDecoding.StartsWithGzipMagic(file))
            {
                if (file.Length == 0)
                {
                    return true;
                }

                // Back over spaces and tabs after the last line break (a blank last line holds nothing to cut) and the
                // zero bytes of UTF-16 ("\n\0" little-endian, "\0\n" big-endian), to the last byte that says.
                var tail = new byte[(int)Math.Min(file.Length, TailBytes)];
                file.Position = file.Length - tail.Length;
                file.ReadExactly(tail);
                var last = Array.FindLastIndex(tail, b => b is not ((byte)' ' or (byte)'\t' or 0));
                return last < 0 || IsBreak(tail[last]);
            }

            // A gzip stream carries its own length and checksum: a cut one fails to inflate and is reported by the read,
            // so it is not inflated a second time here (bulk files are hundreds of megabytes).
            return true;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    // How far back a last line of blanks is followed; a longer one is taken as ending the file whole.
    private const int TailBytes = 4096;

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
