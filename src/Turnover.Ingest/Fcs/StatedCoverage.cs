using System.Globalization;
using System.Text.RegularExpressions;
using Turnover.Core;

namespace Turnover.Ingest.Fcs;

/// <summary>
/// Reads the <c>coverage</c> column of the other side's news-sourced table: <c>full year</c>; <c>Jan-Mon YYYY …</c>
/// (January to that month, a year to date); or <c>YTD … to ~Mon YYYY …</c> (a year to date whose end the page gave only
/// roughly: no exact span, so nothing can be compared with it). Text after the span is the file's note and is kept.
/// </summary>
internal static partial class StatedCoverage
{
    private static readonly string[] s_months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The span; false with the reason when the text is none of the three forms or names another year.</summary>
    /// <param name="text">The cell, trimmed.</param>
    /// <param name="year">The row's year.</param>
    /// <param name="period">The months covered; null for an approximate span.</param>
    /// <param name="error">Why the text was refused.</param>
    public static bool TryRead(string text, int year, out Period? period, out string error)
    {
        period = null;
        error = string.Empty;
        if (string.Equals(text, "full year", StringComparison.OrdinalIgnoreCase))
        {
            period = Period.OfYear(year);
            return true;
        }

        if (ExactSpan().Match(text) is { Success: true } exact)
        {
            return Month(exact, text, year, out var month, out error) && Assign(Period.YearToDate(year, month), out period);
        }

        if (ApproximateSpan().Match(text) is { Success: true } rough)
        {
            return Month(rough, text, year, out _, out error);
        }

        error = $"coverage '{text}' is none of 'full year', 'Jan-Mon YYYY …' (January to that month) or 'YTD … to ~Mon YYYY …' (an approximate end)";
        return false;
    }

    private static bool Assign(Period value, out Period? period)
    {
        period = value;
        return true;
    }

    private static bool Month(Match match, string text, int year, out int month, out string error)
    {
        month = Array.IndexOf(s_months, match.Groups["month"].Value) + 1;
        var stated = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        error = stated == year ? string.Empty : $"coverage '{text}' names {stated}, but the row's year is {year}";
        return stated == year;
    }

    [GeneratedRegex(@"^Jan-(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?<year>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ExactSpan();

    [GeneratedRegex(@"^YTD\b[^;]*?\bto ~(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?<year>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ApproximateSpan();
}
