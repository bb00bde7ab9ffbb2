using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>When a GACC figure was first public, and what says so.</summary>
/// <param name="Date">The first-publication date.</param>
/// <param name="Basis">Calendar, page or estimate.</param>
internal readonly record struct GaccPublicationDate(DateOnly Date, GaccDating Basis)
{
    /// <summary>
    /// The month's release in the calendar when it lists the month the period ends in (a year is December's release);
    /// otherwise the earliest dated page reporting the figure when it is earlier than the estimate; otherwise the
    /// estimate. The calendar wins over a page: it is the release itself, and a page's date may be in another time zone.
    /// </summary>
    public static GaccPublicationDate Of(Period period, GaccReleaseCalendar calendar, DateOnly? earliestPage)
    {
        if (calendar.DayOf(period) is { } day)
        {
            return new(day.Date, day.Confirmed ? GaccDating.CalendarConfirmed : GaccDating.CalendarScheduled);
        }

        var estimate = GaccPublicationLag.EstimatedRelease(period);
        return earliestPage is { } page && page < estimate
            ? new(page, GaccDating.EarliestPage)
            : new(estimate, GaccDating.Estimate);
    }

    /// <summary>The later of two dates: a month differenced from two totals is known once both are out.</summary>
    public static GaccPublicationDate Later(GaccPublicationDate a, GaccPublicationDate b) => b.Date > a.Date ? b : a;
}
