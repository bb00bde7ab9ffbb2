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
            '\u200B' or '\uFEFF' => ' ',
            '\u3001' => '、',
            _ => c,
        };
    }

    private static bool BetweenDigits(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] is >= '\uFF10' and <= '\uFF19');
}
