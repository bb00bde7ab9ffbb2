using System.Globalization;

namespace Turnover.Analytics.Forecasting;

/// <summary>
/// The dates of the Lunar (Chinese) New Year and the share of its holiday window that falls in January: the calendar
/// is .NET's <see cref="ChineseLunisolarCalendar"/> (no data file; it works under invariant globalization), which
/// covers the new years of 1902 to 2100.
/// </summary>
/// <remarks>
/// The window, fixed before any scoring: the seven days before the new year's first day and its first seven days (14
/// days, day −7 to day +6). The week before is when factories wind down and workers travel home; the first seven
/// days are the public holiday. The first day falls between 21 January and 20 February, so the window always lies
/// inside January and February: moving value between the two months accounts for all of it.
/// </remarks>
public static class LunarNewYear
{
    /// <summary>Days of the window before the new year's first day.</summary>
    public const int DaysBefore = 7;

    /// <summary>Days of the window from the first day on (the public holiday).</summary>
    public const int DaysFrom = 7;

    private static readonly ChineseLunisolarCalendar Calendar = new();

    /// <summary>The first year whose new year the calendar gives (its range starts on 19 February 1901, a new year's day, but the share needs a whole window).</summary>
    public const int FirstYear = 1902;

    /// <summary>The last.</summary>
    public const int LastYear = 2100;

    /// <summary>
    /// The mean January share over <see cref="FirstYear"/>–<see cref="LastYear"/>: the holiday "at its average date"
    /// that adjusted series stand for. A constant, so a new year of data does not shift every adjusted value.
    /// </summary>
    public static double AverageJanuaryShare { get; } =
        Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Average(JanuaryShare);

    /// <summary>The first day of the Lunar New Year that falls in Gregorian <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1902–2100.</exception>
    public static DateOnly FirstDay(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        // The lunisolar year that starts in Gregorian `year` is numbered `year` too; its first day is month 1, day 1.
        return DateOnly.FromDateTime(Calendar.ToDateTime(year, 1, 1, 0, 0, 0, 0));
    }

    /// <summary>The share (0–1) of <paramref name="year"/>'s window that falls in January; the rest falls in February.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1902–2100.</exception>
    public static double JanuaryShare(int year)
    {
        var first = FirstDay(year);
        var start = first.AddDays(-DaysBefore);
        var end = first.AddDays(DaysFrom - 1);
        var lastOfJanuary = new DateOnly(year, 1, 31);
        var inJanuary = Math.Clamp(lastOfJanuary.DayNumber - start.DayNumber + 1, 0, end.DayNumber - start.DayNumber + 1);
        return inJanuary / (double)(DaysBefore + DaysFrom);
    }
}
