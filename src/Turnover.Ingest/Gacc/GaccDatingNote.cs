using System.Globalization;
using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// The part of a GACC release's note that says how its figures were dated: how many by the release calendar (and
/// which calendar, by hash), and which periods by a dated page or by the estimate, so an estimated date is never
/// passed off as a release date.
/// </summary>
internal static class GaccDatingNote
{
    public static string Describe(GaccReleaseCalendar calendar, IEnumerable<(Period Period, GaccDating Basis)> figures)
    {
        var byBasis = figures.GroupBy(f => f.Basis).ToDictionary(g => g.Key, g => g.Select(f => f.Period).ToList());
        int Count(GaccDating basis) => byBasis.TryGetValue(basis, out var periods) ? periods.Count : 0;
        string Periods(GaccDating basis) =>
            string.Join(", ", byBasis[basis].Distinct().Order().Select(p => p.ToString()));

        var parts = new List<string>();
        var fromCalendar = Count(GaccDating.CalendarConfirmed) + Count(GaccDating.CalendarScheduled);
        parts.Add(string.Create(CultureInfo.InvariantCulture,
            $"published dates: {fromCalendar} figure(s) from China's customs release calendar {calendar.Name} (sha256 {calendar.ContentHash}, {calendar.Count} months; "
            + $"{Count(GaccDating.CalendarConfirmed)} confirmed by a dated report, {Count(GaccDating.CalendarScheduled)} from the customs' timetable)"));
        if (Count(GaccDating.EarliestPage) > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Count(GaccDating.EarliestPage)} not in the calendar, dated by the earliest dated page reporting them: {Periods(GaccDating.EarliestPage)}"));
        }

        if (Count(GaccDating.Estimate) > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Count(GaccDating.Estimate)} not in the calendar nor on a dated page, {GaccPublicationLag.Rule}: {Periods(GaccDating.Estimate)}"));
        }

        return string.Join("; ", parts);
    }
}
