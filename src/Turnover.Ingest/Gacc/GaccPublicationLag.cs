using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// The <b>estimated</b> date when China's customs (GACC) figures for a period became public: the fallback for a month
/// that neither the release calendar (<see cref="GaccReleaseCalendar"/>) nor a dated report covers.
/// </summary>
/// <remarks>
/// <para>
/// Rule, from the 87 real release dates of the calendar: quarter-end months (March, June, September, December) come
/// out on the 12th–14th of the next month, the other months (and the combined January–February) on the 7th–10th. The
/// estimate takes the latest usual day, <b>the 14th after a quarter-end month, else the 10th</b>, so an "as of a
/// date" answer does not show a figure before it was out in an ordinary month. It is an estimate: a delayed release
/// (September 2022 came out on 24 October) is later, and every figure dated this way says so in its release's note.
/// </para>
/// <para>
/// A period is dated by the month it ends in: the year 2023 by December's release (estimate 2024-01-14), January–
/// November 2022 by November's (estimate 2022-12-10; actually 7 December 2022).
/// </para>
/// </remarks>
public static class GaccPublicationLag
{
    /// <summary>The day of the following month estimated for a quarter-end month: 14.</summary>
    public const int QuarterEndDay = 14;

    /// <summary>The day of the following month estimated for any other month: 10.</summary>
    public const int OtherMonthDay = 10;

    /// <summary>The rule in words, for notes and messages.</summary>
    public const string Rule = "estimated: quarter-end months the 14th, other months the 10th of the next month";

    /// <summary>The estimated first-publication date of a period's figures (see the remarks).</summary>
    public static DateOnly EstimatedRelease(Period period)
    {
        var day = period.EndMonth % 3 == 0 ? QuarterEndDay : OtherMonthDay;
        return new DateOnly(period.Year, period.EndMonth, day).AddMonths(1);
    }
}
