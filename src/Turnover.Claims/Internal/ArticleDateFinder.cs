using System.Globalization;
using System.Text.RegularExpressions;

namespace Turnover.Claims.Internal;

/// <summary>
/// Finds a dateline near the top of a text: a short line that is only a date ("December 30, 2022", "30 декабря
/// 2022", "2022年12月30日", "2022-12-30"), or a wire dateline opening one of the first paragraphs: a place, a comma,
/// a date with its year, then the story ("MOSCOW, March 7, 2024 (Reuters) - …", "Москва, 7 марта 2024 г. — …",
/// "新华社北京2024年1月12日电").
/// Dates inside sentences are not datelines, nor is a wire dateline without its year ("BEIJING, Jan. 12 (Xinhua)").
/// </summary>
internal static partial class ArticleDateFinder
{
    public static DateOnly? Find(string text)
    {
        var paragraphs = 0;
        foreach (var line in HeadLines(text))
        {
            // A wire dateline opens the story, so only the first few paragraphs (a title and a byline may precede it).
            var m = line.Length <= 40 ? Dateline().Match(line) : Match.Empty;
            if (!m.Success && ++paragraphs <= LeadParagraphs)
            {
                m = LeadDateline().Match(line);
            }

            if (m.Success && Date(m.Groups) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private const int LeadParagraphs = 4;

    /// <summary>
    /// A wire dateline that names no year ("BEIJING, Jan 13 (Reuters) -", "МОСКВА, 13 января. /ТАСС/."), as written up to
    /// its date; null when none opens one of the first paragraphs. Its year is not guessed: the answer says it is missing.
    /// </summary>
    public static string? FindYearless(string text) =>
        HeadLines(text).Take(LeadParagraphs).Select(line => YearlessDateline().Match(line)).FirstOrDefault(m => m.Success)?.Groups["dateline"].Value;

    /// <summary>
    /// The length of the wire dateline that opens <paramref name="sentence"/>, with its year or without ("WASHINGTON, Feb
    /// 5, 2020 (Reuters) - "); 0 when none does. Its date is the article's, no figure's period.
    /// </summary>
    public static int LeadDatelineLength(string sentence)
    {
        var m = LeadDateline().Match(sentence);
        if (!m.Success)
        {
            m = YearlessDateline().Match(sentence);
        }

        return m.Success ? m.Length : 0;
    }

    // The non-empty lines of the text's top, without Markdown emphasis or heading marks.
    private static IEnumerable<string> HeadLines(string text)
    {
        var head = text.Length > 2000 ? text[..2000] : text;
        foreach (var raw in head.Split('\n'))
        {
            var line = raw.Trim().Trim('*', '_', '#', ' ');
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    private static Regex? s_yearlessDateline;

    private static Regex YearlessDateline() => s_yearlessDateline ??= InterpretedRegex.Create(
        @"^(?<dateline>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s+(?:(?:" + Months.LatinPattern + @")\.?\s+\d{1,2}|\d{1,2}\s+(?:" + Months.LatinPattern + "|" + Months.CyrillicPattern + @")))"
        + @"(?![\d\p{L}])\.?(?:\s*(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/))?\s*(?:[-–—]{1,2}|\.(?:\s|$)|:\s)"
        + @"|^(?<dateline>\p{IsCJKUnifiedIdeographs}{2,12}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電|讯|訊))",
        RegexOptions.None);

    // Days, months and years as the patterns below capture them.
    private const string DatePattern = @"(?:(?<mw>" + Months.LatinPattern + @")\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})|(?<d>\d{1,2})\s+(?<mw>" + Months.LatinPattern + "|" + Months.CyrillicPattern + @")\.?\s+(?<y>\d{4})(?:\s*(?:г\.|года))?|(?<y>\d{4})\s*年\s*(?<mn>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*[日号]|(?<y>\d{4})-(?<mn>\d{2})-(?<d>\d{2}))";

    private static DateOnly? Date(GroupCollection g)
    {
        var year = int.Parse(g["y"].Value, CultureInfo.InvariantCulture);
        var month = g["mn"].Success ? int.Parse(g["mn"].Value, CultureInfo.InvariantCulture) : Months.Number(g["mw"].Value) ?? 0;
        var day = int.Parse(g["d"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && year is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    // Interpreted, built on first use (InterpretedRegex).
    private static Regex? s_dateline;

    // A line that is only a date, perhaps after a weekday or a label: "Friday, 12 January 2024", "Published: January 15,
    // 2024", "Дата публикации: 15 января 2024", "发布时间：2024年1月12日 10:30".
    private static Regex Dateline() => s_dateline ??= InterpretedRegex.Create(@"^(?:\p{L}+(?:\s+\p{L}+)?(?:,\s*|\s*[:：]\s*|\s+))?" + DatePattern + @"(?:[\s,]+\d{1,2}:\d{2}.*)?$", RegexOptions.IgnoreCase);

    private static Regex? s_leadDateline;

    // A place (capitalised words), a comma, the date, an agency in brackets or slashes, then a dash or a full stop and
    // the story; or a Chinese agency's "新华社北京2024年1月12日电" (agency and place, the date, 电 "cable").
    private static Regex LeadDateline() => s_leadDateline ??= InterpretedRegex.Create(
        @"^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s+" + DatePattern + @"(?:\s*(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/))?\s*(?:[-–—]{1,2}|\.(?:\s|$)|:\s)"
        + @"|^\p{IsCJKUnifiedIdeographs}{2,12}?(?<y>\d{4})\s*年\s*(?<mn>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日\s*(?:电|電|讯|訊)",
        RegexOptions.None);
}
