namespace Turnover.Claims.Internal;

/// <summary>Tells the language of a piece of text by its script: Han characters, Cyrillic or Latin letters.</summary>
internal static class LanguageDetector
{
    public static ClaimLanguage Detect(ReadOnlySpan<char> text)
    {
        int han = 0, cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')
            {
                han++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F')
            {
                latin++;
            }
        }

        // One Han character stands for a word, a Latin letter for a fraction of one.
        return han >= 2 && han * 4 >= latin + cyrillic ? ClaimLanguage.Chinese
            : cyrillic > latin ? ClaimLanguage.Russian
            : ClaimLanguage.English;
    }

    public static LanguageRules Rules(ClaimLanguage language) => language switch
    {
        ClaimLanguage.Russian => RussianRules.Instance,
        ClaimLanguage.Chinese => ChineseRules.Instance,
        _ => EnglishRules.Instance,
    };
}
