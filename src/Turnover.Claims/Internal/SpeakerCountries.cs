using Turnover.Core;

namespace Turnover.Claims.Internal;

/// <summary>
/// The country a quoted leader or minister speaks for, from the speaker's words ("President Vladimir Putin", "Путин",
/// "习近平"): "Putin said trade with China will reach $200 billion" is Russia's trade with China, where the sentence names
/// only China. Only names that are not also common given names or surnames elsewhere: "Li", "Wang", "Moon" alone are not
/// read, only with the given name.
/// </summary>
internal static class SpeakerCountries
{
    // Whole words of the speaker's text (Latin and Cyrillic), or a part of it (Chinese, written without spaces).
    private static readonly (string Name, string Iso3)[] s_names =
    [
        ("Putin", "RUS"), ("Путин", "RUS"), ("普京", "RUS"),
        ("Lavrov", "RUS"), ("Лавров", "RUS"), ("拉夫罗夫", "RUS"),
        ("Medvedev", "RUS"), ("Медведев", "RUS"), ("梅德韦杰夫", "RUS"),
        ("Mishustin", "RUS"), ("Мишустин", "RUS"), ("米舒斯京", "RUS"),
        ("Peskov", "RUS"), ("Песков", "RUS"), ("佩斯科夫", "RUS"),
        ("Belousov", "RUS"), ("Белоусов", "RUS"),
        ("Siluanov", "RUS"), ("Силуанов", "RUS"),
        ("Xi Jinping", "CHN"), ("Xi", "CHN"), ("Си Цзиньпин", "CHN"), ("习近平", "CHN"),
        ("Li Keqiang", "CHN"), ("Ли Кэцян", "CHN"), ("李克强", "CHN"),
        ("Li Qiang", "CHN"), ("Ли Цян", "CHN"), ("李强", "CHN"),
        ("Wang Yi", "CHN"), ("王毅", "CHN"),
        ("Wang Wentao", "CHN"), ("王文涛", "CHN"),
        ("Biden", "USA"), ("Байден", "USA"), ("拜登", "USA"),
        ("Trump", "USA"), ("Трамп", "USA"), ("特朗普", "USA"),
        ("Obama", "USA"), ("Обама", "USA"), ("奥巴马", "USA"),
        ("Modi", "IND"), ("Моди", "IND"), ("莫迪", "IND"),
        ("Yoon Suk Yeol", "KOR"), ("尹锡悦", "KOR"),
        ("Moon Jae-in", "KOR"), ("文在寅", "KOR"),
    ];

    /// <summary>The country <paramref name="speaker"/> speaks for, or null when no known name is in it.</summary>
    public static Country? Of(string speaker)
    {
        foreach (var (name, iso3) in s_names)
        {
            var at = speaker.IndexOf(name, StringComparison.Ordinal);
            // Chinese has no spaces; a Russian name may take a case ending ("по словам Путина").
            if (at >= 0 && (IsHan(name[0]) || (!IsLetterAt(speaker, at - 1) && (IsCyrillic(name[0]) || !IsLetterAt(speaker, at + name.Length)))))
            {
                return CountryWords.ByIso3(iso3);
            }
        }

        return null;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04ff';

    private static bool IsLetterAt(string text, int i) => i >= 0 && i < text.Length && char.IsLetter(text[i]);
}
