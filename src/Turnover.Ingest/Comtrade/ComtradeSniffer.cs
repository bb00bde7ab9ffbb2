namespace Turnover.Ingest.Comtrade;

/// <summary>Tells the Comtrade layouts apart from the first bytes of a file.</summary>
internal static class ComtradeSniffer
{
    private static readonly string[] s_plusNames = ["typecode", "freqcode", "refyear", "refmonth", "flowcode", "cmdcode", "primaryvalue"];
    private static readonly string[] s_legacyNames = ["year", "tradeflowcode", "tradeflow", "commoditycode", "aggregatelevel", "tradevalueus"];

    /// <summary>The layout and, for delimited text, the field delimiter the header uses.</summary>
    public static (ComtradeLayout Layout, char Delimiter) Detect(ReadOnlySpan<char> text)
    {
        // A BOM may survive decoding as U+FEFF, which is not white space.
        var head = text.TrimStart("\uFEFF \t\r\n");
        if (head.StartsWith("{"))
        {
            var looksLikeResponse = head.Contains("\"elapsedTime\"", StringComparison.Ordinal)
                || (head.Contains("\"data\"", StringComparison.Ordinal) && head.Contains("\"reporterCode\"", StringComparison.Ordinal));
            return (looksLikeResponse ? ComtradeLayout.PlusJson : ComtradeLayout.Unknown, '\0');
        }

        var line = FirstLine(head);
        var delimiter = DelimiterOf(line);
        var plus = 0;
        var legacy = 0;
        var hasReporter = false;
        foreach (var range in line.SplitAny(",\t;|"))
        {
            var name = ComtradeHeader.Normalise(line[range]);
            hasReporter |= name == "reportercode";
            plus += Array.IndexOf(s_plusNames, name) >= 0 ? 1 : 0;
            legacy += Array.IndexOf(s_legacyNames, name) >= 0 ? 1 : 0;
        }

        if (!hasReporter)
        {
            return (ComtradeLayout.Unknown, delimiter);
        }

        return plus >= 2 && plus >= legacy ? (delimiter == '\t' ? ComtradeLayout.PlusTsv : ComtradeLayout.PlusCsv, delimiter)
            : legacy >= 2 ? (ComtradeLayout.LegacyCsv, delimiter)
            : (ComtradeLayout.Unknown, delimiter);
    }

    /// <summary>The first line, without its line ending.</summary>
    public static ReadOnlySpan<char> FirstLine(ReadOnlySpan<char> head) =>
        head.IndexOfAny('\r', '\n') is var end and >= 0 ? head[..end] : head;

    /// <summary>Tab when the header has one, else comma when it has one, else whatever separator it does use.</summary>
    private static char DelimiterOf(ReadOnlySpan<char> line) =>
        line.Contains('\t') ? '\t'
        : line.Contains(',') ? ','
        : line.Contains(';') ? ';'
        : line.Contains('|') ? '|'
        : ',';
}
