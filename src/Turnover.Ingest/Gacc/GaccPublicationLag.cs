using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// When China's customs (GACC) figures for a period became public, for figures whose source gives no date.
/// </summary>
/// <remarks>
/// <para>
/// Rule: GACC publishes a month's figures, together with the January-to-month cumulative, around the 7th–14th of
/// the following month (annual figures with the December release, in January of the next year). The estimate is
/// therefore the <b>14th of the month after the period ends</b>: the latest usual release day, so an "as of a date"
/// query never sees a figure before it was actually out. Examples: January–November 2022 → 2022-12-14 (actually
/// published 7 December 2022); the year 2022 → 2023-01-14 (actually published 13 January 2023).
/// </para>
/// <para>
/// The news-compilation reader prefers a date embedded in the URL of a page that reported the figure
/// (e.g. <c>sputnikglobe.com/20231107/…</c>, <c>/2023/12/07/</c>) when one falls after the period's end and within a
/// year of it; this rule is the fallback. The final (revised) monthly bulletin tables come out later than the
/// preliminary release; the rule dates the first publication.
/// </para>
/// </remarks>
public static class GaccPublicationLag
{
    /// <summary>The day of the following month used as the release date: 14.</summary>
    public const int DayOfFollowingMonth = 14;

    /// <summary>The estimated first-publication date of a period's figures: the 14th of the month after it ends.</summary>
    public static DateOnly EstimatedRelease(Period period) =>
        new DateOnly(period.Year, period.EndMonth, DayOfFollowingMonth).AddMonths(1);
}
