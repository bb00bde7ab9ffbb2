using System.Collections.Frozen;
using Turnover.Core;

namespace Turnover.Claims.Internal;

/// <summary>
/// Every other country's English name in the country catalogue (BACI's names and the catalogue's aliases: "Thailand",
/// "Saudi Arabia", "Viet Nam"), found where the language's own country words found none. Without them "Thailand's
/// exports to China" had no exporter, and the text's pair filled it in: Viet Nam's exports, or Russia's. Not the
/// countries the language's own words name: those leave out on purpose what is no country ("U.S. dollars").
/// </summary>
internal static class CatalogCountryNames
{
    // Names that are also common words or given names ("Georgia" is a U.S. state too), and the catalogue's groupings.
    private static readonly FrozenSet<string> s_ambiguous = new[] { "Georgia", "Jordan", "Chad", "Jersey", "World" }.ToFrozenSet(StringComparer.Ordinal);

    // By first word, longest name first: "United Arab Emirates" before "United".
    private static readonly FrozenDictionary<string, (string Name, Country Country)[]> s_byFirstWord = Build();

    /// <summary>The catalogue's country names in <paramref name="sentence"/> outside <paramref name="known"/>'s mentions.</summary>
    public static IEnumerable<CountryMention> Find(string sentence, List<CountryMention> known, string rule)
    {
        for (var i = 0; i < sentence.Length; i++)
        {
            if (!char.IsUpper(sentence[i]) || (i > 0 && char.IsLetter(sentence[i - 1])))
            {
                continue;
            }

            var end = WordEnd(sentence, i);
            if (!s_byFirstWord.TryGetValue(sentence[i..end].TrimEnd('.'), out var names))
            {
                i = end;
                continue;
            }

            foreach (var (name, country) in names)
            {
                var after = i + name.Length;
                if (string.CompareOrdinal(sentence, i, name, 0, name.Length) == 0 && (after == sentence.Length || !char.IsLetter(sentence[after]))
                    && !known.Exists(k => k.Start < after && i < k.End))
                {
                    yield return new CountryMention(i, after, rule, country);
                    i = after;
                    break;
                }
            }
        }
    }

    private static FrozenDictionary<string, (string Name, Country Country)[]> Build()
    {
        var names = new List<(string Name, Country Country)>();
        foreach (var country in CountryCatalog.Default.All.Where(c => c is { IsWorld: false, Iso3: not null } && !CountryWords.IsKnown(c)))
        {
            names.Add((country.Name, country));
            names.Add((country.Info.FullName, country));
        }

        foreach (var (alias, country) in CountryCatalog.Default.Aliases)
        {
            if (country.Iso3 is not null && !CountryWords.IsKnown(country))
            {
                names.Add((alias, country));
            }
        }

        return names.Where(n => n.Name.Length >= 4 && char.IsUpper(n.Name[0]) && !s_ambiguous.Contains(n.Name) && !n.Name.Contains(',', StringComparison.Ordinal))
            .DistinctBy(n => n.Name)
            .GroupBy(n => FirstWord(n.Name), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(n => n.Name.Length).ToArray(), StringComparer.Ordinal);
    }

    private static string FirstWord(string name) => name[..WordEnd(name, 0)].TrimEnd('.');

    // The end of the word at start: letters and dots ("Rep.", "U.S.").
    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '.'))
        {
            end++;
        }

        return end;
    }
}
