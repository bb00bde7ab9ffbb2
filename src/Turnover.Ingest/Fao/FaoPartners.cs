using Turnover.Core;

namespace Turnover.Ingest.Fao;

/// <summary>
/// FishStat's spellings of partner countries that the country catalogue does not carry; every other name is resolved
/// by the catalogue (BACI's names and the usual aliases).
/// </summary>
internal static class FaoPartners
{
    private static readonly Dictionary<string, int> s_codes = new(StringComparer.Ordinal)
    {
        ["Iran (Islamic Rep. of)"] = 364,
        ["Micronesia, Fed.States of"] = 583,
        ["Tanzania, United Rep. of"] = 834,
        ["Venezuela, Boliv Rep of"] = 862,
        // Trade statistics report Taiwan as "Other Asia, nes" (490), as BACI and Comtrade do.
        ["Taiwan Province of China"] = 490,
        // "Côte d'Ivoire" as the 2019 export spells it: its UTF-8 "ô" was once read as GBK, giving "么".
        ["C么te d'Ivoire"] = 384,
    };

    /// <summary>The partner named, or false.</summary>
    public static bool TryResolve(string name, CountryCatalog countries, out Country country)
    {
        if (s_codes.TryGetValue(name, out var code))
        {
            return countries.TryFromCode(code, out country);
        }

        return countries.TryResolve(name, out country);
    }
}
