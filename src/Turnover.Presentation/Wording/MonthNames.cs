using System.Globalization;

namespace Turnover.Presentation.Wording;

/// <summary>English month names for the notes ("September", "Sep"), whatever the machine's culture.</summary>
internal static class MonthNames
{
    public static string Full(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>"January–November"; "January" alone for 1.</summary>
    public static string JanuaryTo(int month) => month == 1 ? Full(1) : $"{Full(1)}–{Full(month)}";

    public static string Abbreviated(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month);
}
