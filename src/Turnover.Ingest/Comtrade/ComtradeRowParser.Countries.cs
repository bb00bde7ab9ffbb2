using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Comtrade;

internal sealed partial class ComtradeRowParser
{
    /// <summary>The ISO text already accepted for each code, so the cross-check costs one comparison per row.</summary>
    private readonly Dictionary<int, string> _acceptedIso = [];

    /// <summary>
    /// Resolves a reporter or partner code through the catalogue (Comtrade codes are M49-based, like BACI's;
    /// 0 is World, kept as the all-partner total). The ISO column is only a cross-check.
    /// </summary>
    private bool TryCountry<TFields>(TFields fields, long line, ComtradeColumn codeColumn, ComtradeColumn isoColumn, ComtradeColumn descColumn, string role, out Country country)
        where TFields : IComtradeFields, allows ref struct
    {
        country = default;
        var text = fields[codeColumn];
        if (text.IsEmpty)
        {
            Error(line, codeColumn, ComtradeMessages.Empty(header.NameOf(codeColumn)));
            return false;
        }

        if (!Numbers.TryParseInt(text, out var code))
        {
            Error(line, codeColumn, ComtradeMessages.NotACountryCode(text));
            return false;
        }

        if (!context.Countries.TryFromCode(code, out country))
        {
            Error(line, codeColumn, ComtradeMessages.UnknownCountry(role, code, fields[descColumn]));
            return false;
        }

        var iso = fields[isoColumn];
        if (iso.IsEmpty || (_acceptedIso.TryGetValue(code, out var accepted) && iso.Equals(accepted, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (!IsoMatches(country, iso))
        {
            Error(line, isoColumn, ComtradeMessages.IsoMismatch(header.NameOf(codeColumn), code, country.Name, iso));
            return false;
        }

        _acceptedIso[code] = iso.ToString();
        return true;
    }

    /// <summary>
    /// True when the ISO text names the same country. Comtrade writes placeholders where there is no ISO code
    /// (<c>S19</c> Other Asia nes, <c>_X</c> Areas nes); those can only be checked against codes that have an ISO.
    /// </summary>
    private bool IsoMatches(Country country, ReadOnlySpan<char> iso)
    {
        if ((country.Iso3 is { } iso3 && iso.Equals(iso3, StringComparison.OrdinalIgnoreCase))
            || (country.Iso2 is { } iso2 && iso.Equals(iso2, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // Other spellings of the same code, e.g. the legacy WLD for World (W00).
        if (iso.Length is >= 2 and <= 3 && context.Countries.TryResolve(iso, out var named))
        {
            return named == country;
        }

        return country.Iso3 is null;
    }
}
