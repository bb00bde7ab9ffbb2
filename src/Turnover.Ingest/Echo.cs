using System.Globalization;
using System.Text;

namespace Turnover.Ingest;

/// <summary>
/// Makes text taken from an input file safe to print: control characters are escaped (an <c>ESC[2J</c> in a cell
/// must not clear the user's terminal) and a long value is cut to a readable length with its size stated (a
/// 3 MB cell must not be echoed whole).
/// </summary>
public static class Echo
{
    /// <summary>Values up to this many characters are echoed whole.</summary>
    public const int MaxValueChars = 40;

    /// <summary>How many leading characters of a longer value are shown.</summary>
    public const int ShownChars = 12;

    /// <summary>Messages longer than this have their long quoted values shortened.</summary>
    public const int LongMessageChars = 300;

    /// <summary>Messages are cut beyond this many characters, whatever they hold.</summary>
    public const int MaxMessageChars = 1000;

    /// <summary>
    /// A value quoted for a message: <c>'1,187.5'</c>, or for a long one <c>'123456789012…' (5,000,000 characters)</c>;
    /// control characters are escaped (see <see cref="Controls(ReadOnlySpan{char})"/>).
    /// </summary>
    public static string Of(ReadOnlySpan<char> value)
    {
        if (value.Length <= MaxValueChars)
        {
            return $"'{Controls(value)}'";
        }

        return $"'{Controls(value[..ShownChars])}…' ({Size(value.Length)} characters)";
    }

    /// <summary>
    /// A name (a column, a file) made safe without quotes: <c>Exports</c>, or for a long one
    /// <c>123456789012… (5,000,000 characters)</c>; control characters escaped.
    /// </summary>
    public static string Name(ReadOnlySpan<char> name) =>
        name.Length <= MaxValueChars ? Controls(name) : $"{Controls(name[..ShownChars])}… ({Size(name.Length)} characters)";

    /// <summary>
    /// The text with every control character written as an escape (<c>\t</c>, <c>\n</c>, <c>\r</c>, otherwise
    /// <c>\u001B</c>), including C1 controls (a lone <c>0x9B</c> starts a terminal command too) and the bidirectional
    /// overrides that reorder what a terminal shows. Other text, including non-ASCII letters, is left as it is.
    /// </summary>
    public static string Controls(ReadOnlySpan<char> text)
    {
        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text.ToString();
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text[..first]);
        foreach (var c in text[first..])
        {
            if (!IsUnsafe(c))
            {
                builder.Append(c);
                continue;
            }

            builder.Append(c switch
            {
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ => $"\\u{(int)c:X4}",
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// A whole message made safe: in a message longer than <see cref="LongMessageChars"/>, every quoted span longer
    /// than <see cref="MaxValueChars"/> is shortened as <see cref="Of"/> does; whatever is still longer than
    /// <see cref="MaxMessageChars"/> is cut with its size stated; control characters are escaped. Readers that quote
    /// values as <c>'…'</c> are covered without change; this is applied to every <see cref="IngestError"/>.
    /// </summary>
    /// <remarks>
    /// Short messages keep their quotes as they are: an apostrophe inside a value ("Côte d'Ivoire") would pair the
    /// wrong quotes, harmless unless a value is long enough to be worth cutting.
    /// </remarks>
    public static string Message(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var shortened = message.Length > LongMessageChars ? ShortenQuoted(message) : message;
        if (shortened.Length > MaxMessageChars)
        {
            shortened = $"{shortened.AsSpan(0, MaxMessageChars)}… (message of {Size(shortened.Length)} characters cut)";
        }

        return Controls(shortened);
    }

    private static string ShortenQuoted(string message)
    {
        var builder = (StringBuilder?)null;
        var copied = 0;
        var open = message.IndexOf('\'', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = message.IndexOf('\'', open + 1);
            if (close < 0)
            {
                break;
            }

            var inner = message.AsSpan(open + 1, close - open - 1);
            if (inner.Length > MaxValueChars)
            {
                builder ??= new StringBuilder(Math.Min(message.Length, MaxMessageChars * 2));
                builder.Append(message.AsSpan(copied, open - copied)).Append(Of(inner));
                copied = close + 1;
            }

            open = message.IndexOf('\'', close + 1);
        }

        if (builder is null)
        {
            return message;
        }

        builder.Append(message.AsSpan(copied));
        return builder.ToString();
    }

    private static string Size(int length) => length.ToString("N0", CultureInfo.InvariantCulture);

    private static int IndexOfUnsafe(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // C0, DEL and C1 controls, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
    private static bool IsUnsafe(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
}
