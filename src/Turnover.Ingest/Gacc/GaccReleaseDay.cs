namespace Turnover.Ingest.Gacc;

/// <summary>One month's release in the calendar.</summary>
/// <param name="Date">The day the figures were first published.</param>
/// <param name="Confirmed">True when a dated report confirms it; false for a date from the customs' yearly timetable.</param>
internal readonly record struct GaccReleaseDay(DateOnly Date, bool Confirmed);
