namespace Turnover.Claims.Internal;

/// <summary>
/// Maps a text to a form the rules can read, one character for one so that every span found in the normalised text
/// is a span of the original: full-width digits, letters and punctuation become ASCII, the many dashes become '-',
/// and the spaces news pages put inside numbers (NBSP, thin, narrow, figure space) become one marker the number
/// patterns accept as a thousands separator.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>The single character standing for any space inside a number.</summary>
    public const char NumberSpace = '\u202F';

    public static string Normalize(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Map(source, i);
            }
        });
    }

    private static char Map(string text, int i)
    {
        var c = text[i];
        return c switch
        {
            // Full-width ASCII block (Chinese and Japanese typesetting): ０-９, ％, ，, ．, ＄ …
            >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
            '\u3000' => ' ',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' => '-',
            '\u00A0' or '\u2007' or '\u2009' or '\u202F' or '\u200A' => BetweenDigits(text, i) ? NumberSpace : ' ',
            ' ' when GroupsThousands(text, i) => NumberSpace,
            '\u200B' or '\uFEFF' => ' ',
            '\u3001' => '、',
            _ => c,
        };
    }

    // Russian units, and since 7 December 2026 English ones: "110 750 million dollars" was $750 million, and "100 000
    // trillion dollars" "000 trillion", $0, which its rounding let pass as "accurate within the text's rounding".
    private static readonly string[] s_units =
        ["млн", "млрд", "трлн", "тыс", "долл", "руб", "юан", "тонн", "million", "billion", "trillion", "thousand", "mln", "bln", "bn", "dollar", "us dollar", "u.s. dollar", "yuan", "tonne", "ton"];

    /// <summary>
    /// A plain space grouping thousands before a unit ("240 110 млн долларов", "1 234,5 млрд рублей", "110 750 million dollars"): the
    /// groups before it and after it are whole (one to three digits opening the number, then threes), and a scale or
    /// currency word follows the number. Read as two numbers, "240 110 млн" was $110 million.
    /// </summary>
    private static bool GroupsThousands(string text, int i)
    {
        if (!BetweenDigits(text, i))
        {
            return false; // almost every space: nothing to look at
        }

        // The number's first group: one to three digits, after a space groups of three, back to a non-digit.
        var start = i;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || (text[start - 1] == ' ' && start - 1 > 0 && char.IsAsciiDigit(text[start - 2]))))
        {
            start--;
        }

        var groups = text[start..i].Split(' ');
        if (groups.Length == 0 || groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
        {
            return false;
        }

        // After it: groups of exactly three, an optional decimal part, then a unit word.
        var j = i;
        while (j < text.Length && text[j] == ' ' && Three(text, j + 1))
        {
            j += 4;
        }

        if (j == i)
        {
            return false;
        }

        if (j < text.Length && text[j] is ',' or '.')
        {
            j++;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }
        }

        var rest = text.AsSpan(j).TrimStart();
        foreach (var unit in s_units)
        {
            if (rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;

        static bool Three(string text, int k) =>
            k + 3 <= text.Length && char.IsAsciiDigit(text[k]) && char.IsAsciiDigit(text[k + 1]) && char.IsAsciiDigit(text[k + 2])
            && (k + 3 == text.Length || !char.IsAsciiDigit(text[k + 3]));
    }

    private static bool BetweenDigits(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] is >= '\uFF10' and <= '\uFF19');
}
