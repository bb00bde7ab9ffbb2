namespace Turnover.Ingest.Gacc;

/// <summary>What a GACC figure's publication date rests on, best first.</summary>
internal enum GaccDating
{
    /// <summary>The release date in the file itself (a table's "Release date" line).</summary>
    FileDate,

    /// <summary>The release calendar, confirmed by a dated report.</summary>
    CalendarConfirmed,

    /// <summary>The release calendar, from the customs' yearly timetable.</summary>
    CalendarScheduled,

    /// <summary>Not in the calendar: the earliest dated page that reported the figure, earlier than the estimate.</summary>
    EarliestPage,

    /// <summary>Not in the calendar and no earlier dated page: <see cref="GaccPublicationLag.EstimatedRelease"/>.</summary>
    Estimate,
}
