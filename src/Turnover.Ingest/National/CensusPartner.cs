using System.Globalization;
using Turnover.Core;

namespace Turnover.Ingest.National;

/// <summary>
/// Finds the partner of a Census country table, which has no partner column: from a title line
/// ("Trade in Goods with China"), else from the file name (<c>…usa_china…</c>, or the Census country code
/// <c>c5700</c> as in the page address census.gov/foreign-trade/balance/c5700.html).
/// </summary>
internal static class CensusPartner
{
    /// <summary>
    /// Census Schedule C country codes (not ISO, not M49). Only China's 5700 is listed: it is the one checked
    /// against a real Census page (c5700.html); an unknown code is an error asking for a title line, never a guess.
    /// </summary>
    private static readonly (int Census, int Trade)[] s_censusCodes =
    [
        (5700, 156), // China
    ];

    /// <summary>How to tell the reader the partner, appended to every "partner unknown" message.</summary>
    public const string Advice =
        "add a title line such as 'Trade in Goods with China' above the header, name the file after the partner "
        + "(e.g. us_census_usa_china_monthly.csv, or c5700.csv with the Census country code), or read it with "
        + "--format mapped and a fixed partner";

    /// <summary>The text after the last " with " of a title line, trimmed of CSV punctuation; null if none.</summary>
    public static string? FromTitle(string line)
    {
        var at = line.LastIndexOf(" with ", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var name = line[(at + 6)..].Trim().Trim(';', ',', '"', '.', ':', ' ');
        return name.Length == 0 ? null : name;
    }

    /// <summary>
    /// Resolves the partner from the file name; returns false with an error naming what was found (nothing, an
    /// unknown Census code, or two different countries).
    /// </summary>
    public static bool TryFromFileName(string fileName, CountryCatalog countries, Country reporter, out Country partner, out string error)
    {
        partner = default;
        var words = Path.GetFileNameWithoutExtension(fileName)
            .Split(['_', '-', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        var found = new List<Country>();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length == 5 && (word[0] is 'c' or 'C') && int.TryParse(word.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var census))
            {
                var known = Array.FindIndex(s_censusCodes, c => c.Census == census);
                if (known < 0)
                {
                    error = $"file name '{fileName}' has Census country code '{word}', which this reader does not know; {Advice}";
                    return false;
                }

                found.Add(countries.FromCode(s_censusCodes[known].Trade));
                continue;
            }

            // Two-word names first (south_korea, hong_kong); single words only from 4 letters, so "us", "to",
            // "by" are never read as ISO codes.
            if (i + 1 < words.Length && countries.Resolve(word + " " + words[i + 1]) is { Success: true } pair)
            {
                found.Add(pair.Country);
                i++;
            }
            else if (word.Length >= 4 && countries.Resolve(word) is { Success: true } single)
            {
                found.Add(single.Country);
            }
        }

        var partners = found.Where(c => c != reporter && !c.IsWorld).Distinct().ToList();
        (partner, error) = partners.Count switch
        {
            1 => (partners[0], string.Empty),
            0 => (default, $"the Census table has no partner column and none was found in a title line or the file name '{fileName}'; {Advice}"),
            _ => (default, $"file name '{fileName}' names several partners ({string.Join(", ", partners.Select(p => p.Name))}); {Advice}"),
        };
        return partners.Count == 1;
    }
}
