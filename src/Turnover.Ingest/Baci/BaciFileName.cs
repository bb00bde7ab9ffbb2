using System.Globalization;
using System.Text.RegularExpressions;

namespace Turnover.Ingest.Baci;

/// <summary>
/// What CEPII's file naming says about a BACI file: <c>BACI_HS92_Y2021_V202301.csv</c> is the HS 1992 edition,
/// year 2021, release of January 2023. Files renamed by others tell nothing, and nothing is guessed for them.
/// </summary>
internal sealed partial record BaciFileName(string Classification, int Year, string Release, DateOnly ReleaseMonth)
{
    /// <summary>The CEPII name, or null when the file is not named that way.</summary>
    public static BaciFileName? TryParse(string fileName)
    {
        var match = Pattern().Match(fileName);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var releaseYear = int.Parse(match.Groups["ry"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var releaseMonth = int.Parse(match.Groups["rm"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (releaseMonth is < 1 or > 12)
        {
            return null;
        }

        return new BaciFileName(
            match.Groups["hs"].Value.ToUpperInvariant(),
            year,
            "V" + match.Groups["release"].Value,
            new DateOnly(releaseYear, releaseMonth, 1));
    }

    // CEPII sometimes re-issues a release with a letter suffix (V202401b).
    [GeneratedRegex(@"^BACI_(?<hs>HS[0-9][0-9])_Y(?<year>[0-9]{4})_V(?<release>(?<ry>[0-9]{4})(?<rm>[0-9][0-9])[a-z]?)\.csv(\.gz)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
