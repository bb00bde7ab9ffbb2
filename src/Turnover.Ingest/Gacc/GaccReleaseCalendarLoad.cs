namespace Turnover.Ingest.Gacc;

/// <summary>A release calendar read from a file, or the defects that make it unusable.</summary>
public sealed class GaccReleaseCalendarLoad
{
    internal GaccReleaseCalendarLoad(GaccReleaseCalendar? calendar, IReadOnlyList<IngestError> errors)
    {
        Calendar = calendar;
        Errors = errors;
    }

    /// <summary>The calendar; null when <see cref="Errors"/> is not empty.</summary>
    public GaccReleaseCalendar? Calendar { get; }

    /// <summary>Each defect with file, line and column; any one makes the whole calendar unusable.</summary>
    public IReadOnlyList<IngestError> Errors { get; }

    /// <summary>True when the calendar was read without a defect.</summary>
    public bool Succeeded => Calendar is not null;
}
