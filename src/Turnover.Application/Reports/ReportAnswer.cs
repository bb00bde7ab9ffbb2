using Turnover.Store;

namespace Turnover.Application;

/// <summary>Everything a report on a pair shows, as data: the renderer words it.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="Annual">The chosen side's annual series with published and computed growth.</param>
/// <param name="Monthly">The chosen side's monthly series (year to date, rolling 12 months); null where the source has only years.</param>
/// <param name="Chart">The monthly series (annual where the source has only years), the drawn target and the forecast fan.</param>
/// <param name="Checks">Each requested target checked as of the report's date.</param>
/// <param name="OtherSides">The annual series of every other side or publisher stored for the pair.</param>
/// <param name="Releases">The releases behind every figure shown, oldest first.</param>
public sealed record ReportAnswer(
    ReportRequest Request,
    SeriesAnswer Annual,
    SeriesAnswer? Monthly,
    ChartAnswer Chart,
    IReadOnlyList<TargetCheck> Checks,
    IReadOnlyList<SeriesAnswer> OtherSides,
    IReadOnlyList<ReleaseSummary> Releases);
