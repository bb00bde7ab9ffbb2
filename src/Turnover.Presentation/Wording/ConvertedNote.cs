using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>
/// Says which figures of a series table were published in another currency and converted to US dollars, from which
/// currency, how and from which release, so that a converted figure is never mistaken for one published in dollars.
/// </summary>
internal static class ConvertedNote
{
    /// <summary>The converted figures of one release behind the rows shown, and those rows' periods.</summary>
    /// <param name="ReleaseId">The release.</param>
    /// <param name="FileName">Its file.</param>
    /// <param name="Conversion">How it converted.</param>
    /// <param name="Flows">The flows converted, in flow order.</param>
    /// <param name="Periods">The periods shown that rest on them, ascending.</param>
    public sealed record Group(int ReleaseId, string FileName, CurrencyConversion Conversion, IReadOnlyList<Flow> Flows, IReadOnlyList<Period> Periods);

    /// <summary>One group per release whose converted figures are behind a value shown; empty when none is.</summary>
    public static IReadOnlyList<Group> Shown(GrowthTable table)
    {
        var series = table.Series;
        if (series.Converted.Count == 0)
        {
            return [];
        }

        var rows = series.Values.ToDictionary(v => v.Period);
        var shown = table.Rows.Where(r => r.Value is not null).Select(r => r.Period).ToList();
        return series.Converted
            .GroupBy(c => (c.ReleaseId, c.FileName, c.Conversion))
            .Select(g =>
            {
                var behind = g.Where(c => shown.Any(p => Overlaps(p, c.Period) && table.RestsOn(rows.GetValueOrDefault(p), c.Flow))).ToList();
                var periods = shown.Where(p => behind.Any(c => Overlaps(p, c.Period))).ToList();
                return new Group(g.Key.ReleaseId, g.Key.FileName, g.Key.Conversion, [.. behind.Select(c => c.Flow).Distinct().Order()], periods);
            })
            .Where(g => g.Periods.Count > 0)
            .OrderBy(g => g.ReleaseId)
            .ToList();
    }

    /// <summary>True when the value of <paramref name="row"/> rests on a converted figure of one of <paramref name="groups"/>.</summary>
    public static bool IsConverted(IReadOnlyList<Group> groups, Period row) => groups.Any(g => g.Periods.Contains(row));

    /// <summary>One line for the table's foot, or null when every figure shown was published in US dollars.</summary>
    public static string? Describe(GrowthTable table)
    {
        var groups = Shown(table);
        return groups.Count == 0 ? null : "Converted to US$: " + string.Join("; ", groups.Select(Part)) + ".";
    }

    /// <summary>The currencies the figures shown were converted from, for the title ("US$ bn, converted from CNY"); null when none.</summary>
    public static string? Currencies(GrowthTable table) =>
        Shown(table) is { Count: > 0 } groups ? string.Join(", ", groups.Select(g => g.Conversion.From.Code).Distinct(StringComparer.Ordinal)) : null;

    // Periods never straddle a year: two overlap when one's months meet the other's in the same year.
    private static bool Overlaps(Period a, Period b) => a.Year == b.Year && a.StartMonth <= b.EndMonth && b.StartMonth <= a.EndMonth;

    private static string Part(Group g)
    {
        var periods = g.Periods.Count == 1 ? $"{g.Periods[0]}" : $"{g.Periods[0]} to {g.Periods[^1]} ({g.Periods.Count} periods)";
        var flows = string.Join(" and ", g.Flows.Select(SummedNote.FlowName));
        return $"{flows} {periods} {ConversionWording.Phrase(g.Conversion)}, release {g.ReleaseId} ({g.FileName})";
    }
}
