namespace Turnover.Core;

/// <summary>
/// A row of a delimited file that runs over several lines: the field whose quote holds the first line break, the
/// line the row opens on, how many lines it covers, and whether that quote is closed again (a value with a line
/// break inside it) or never is (a quote left open, which swallows every line after it).
/// </summary>
/// <param name="Field">1-based field whose quoted value holds the first line break.</param>
/// <param name="From">1-based line the row (and so that quote) opens on.</param>
/// <param name="Lines">Lines the row covers (2 or more).</param>
/// <param name="Closed">True when every quote of the row is closed by its end.</param>
public readonly record struct QuotedLineBreak(int Field, long From, long Lines, bool Closed)
{
    /// <summary>The last line the row covers.</summary>
    public long To => From + Lines - 1;

    /// <summary>
    /// Scans a row's raw text (as read, quotes not yet removed); null when it holds no line break, so the row is one
    /// line. Every quote opens or closes a quoted stretch, as the CSV parser counts them (a doubled quote inside a
    /// value closes and reopens it), so a line break inside quotes is exactly one that did not end the row.
    /// </summary>
    /// <remarks>
    /// Sep numbers the lines of a file's first row wrongly (it spans no lines by its numbers), so the row's text, not
    /// its line numbers, tells whether it runs over several lines.
    /// </remarks>
    public static QuotedLineBreak? Find(ReadOnlySpan<char> raw, char separator, long from)
    {
        if (raw.IndexOfAny('\n', '\r') < 0)
        {
            return null;
        }

        var field = 1;
        var firstField = 0;
        var quoted = false;
        long breaks = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                field++;
            }
            else if (c is '\n' or '\r')
            {
                // CRLF is one line break.
                if (c == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }

                breaks++;
                firstField = firstField == 0 ? field : firstField;
            }
        }

        return new QuotedLineBreak(firstField, from, breaks + 1, !quoted);
    }
}
