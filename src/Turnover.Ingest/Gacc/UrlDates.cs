using System.Globalization;
using System.Text.RegularExpressions;
using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// Dates that news sites embed in their URLs: <c>/2023/12/07/</c> (also <c>/2022/05/9/</c>), and a compact
/// <c>/20231107/</c> or the first eight digits of a Sputnik id (<c>/201705081053373148-…</c>). Ids without a date
/// (Kommersant <c>/doc/3189443</c>, TASS <c>/economy/1178145</c>) give none.
/// </summary>
internal static partial class UrlDates
{
    /// <summary>
    /// The earliest date in any of the URLs that is plausible for a figure about <paramref name="period"/>:
    /// after the period's end and no more than a year after it.
    /// </summary>
    public static DateOnly? EarliestPlausible(IEnumerable<string> urls, Period period)
    {
        DateOnly? earliest = null;
        var end = period.End;
        foreach (var url in urls)
        {
            foreach (var date in DatesIn(url))
            {
                if (date > end && date <= end.AddYears(1) && (earliest is null || date < earliest))
                {
                    earliest = date;
                }
            }
        }

        return earliest;
    }

    /// <summary>Every valid calendar date found in the URL.</summary>
    public static IEnumerable<DateOnly> DatesIn(string url)
    {
        foreach (Match match in SlashedDate().Matches(url))
        {
            if (TryDate(match, out var date))
            {
                yield return date;
            }
        }

        foreach (Match match in CompactDate().Matches(url))
        {
            if (TryDate(match, out var date))
            {
                yield return date;
            }
        }
    }

    private static bool TryDate(Match match, out DateOnly date)
    {
        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    // [0-9], not \d: \d matches every Unicode decimal digit (Arabic-Indic ١٢ in a mutated URL), which int.Parse refuses.
    [GeneratedRegex(@"/(?<y>(?:19|20)[0-9]{2})/(?<m>[0-9]{1,2})/(?<d>[0-9]{1,2})(?=/|$|[^0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SlashedDate();

    // Eight digits right after a slash; Sputnik ids continue with more digits, other ids do not start with 19/20.
    [GeneratedRegex(@"/(?<y>(?:19|20)[0-9]{2})(?<m>[0-9]{2})(?<d>[0-9]{2})(?=[/_\-.]|[0-9]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDate();
}
