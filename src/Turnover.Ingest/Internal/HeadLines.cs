namespace Turnover.Ingest.Internal;

/// <summary>The lines of a file's sampled head, for recognising a layout by its first lines.</summary>
internal static class HeadLines
{
    private static readonly string[] s_breaks = ["\r\n", "\r", "\n"];

    /// <summary>
    /// Splits <paramref name="head"/> at every line break, CR LF, LF or a lone CR (a spreadsheet's "CSV (Macintosh)"
    /// export ends its lines with CR only, which splitting on LF reads as one line), into at most
    /// <paramref name="count"/> lines, the last holding the rest.
    /// </summary>
    public static string[] Of(string head, int count = int.MaxValue) => head.Split(s_breaks, count, StringSplitOptions.None);
}
