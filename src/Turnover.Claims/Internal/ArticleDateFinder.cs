using System.Globalization;
using System.Text.RegularExpressions;

namespace Turnover.Claims.Internal;

/// <summary>
/// Finds a dateline near the top of a text: a short line that is only a date ("December 30, 2022", "30 декабря
/// 2022", "2022年12月30日", "2022-12-30"). Dates inside sentences are not datelines.
/// </summary>
internal static partial class ArticleDateFinder
{
    public static DateOnly? Find(string text)
    {
        var head = text.Length > 2000 ? text[..2000] : text;
        foreach (var raw in head.Split('\n'))
        {
            var line = raw.Trim().Trim('*', '_', '#', ' ');
            if (line.Length is 0 or > 40)
            {
                continue;
            }

            var m = Dateline().Match(line);
            if (!m.Success)
            {
                continue;
            }

            var g = m.Groups;
            var year = int.Parse(g["y"].Value, CultureInfo.InvariantCulture);
            var month = g["mn"].Success ? int.Parse(g["mn"].Value, CultureInfo.InvariantCulture) : Months.Number(g["mw"].Value) ?? 0;
            var day = int.Parse(g["d"].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && year is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day);
            }
        }

        return null;
    }

    // Interpreted, built on first use (InterpretedRegex).
    private static Regex? s_dateline;

    private static Regex Dateline() => s_dateline ??= InterpretedRegex.Create(@"^(?:\p{L}+,?\s+)?(?:(?<mw>" + Months.LatinPattern + @")\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})|(?<d>\d{1,2})\s+(?<mw>" + Months.LatinPattern + "|" + Months.CyrillicPattern + @")\s+(?<y>\d{4})(?:\s*(?:г\.|года))?|(?<y>\d{4})\s*年\s*(?<mn>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*[日号]|(?<y>\d{4})-(?<mn>\d{2})-(?<d>\d{2}))(?:[\s,]+\d{1,2}:\d{2}.*)?$", RegexOptions.IgnoreCase);
}
