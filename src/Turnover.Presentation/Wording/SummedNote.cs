using System.Globalization;
using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>
/// Says which figures of a series table the store summed from product lines because the source published no
/// all-goods total (BACI; Comtrade downloads by HS chapter), so that a sum is never mistaken for a published total.
/// </summary>
internal static class SummedNote
{
    /// <summary>The summed figures behind the values shown (rows with a value), for the measure shown.</summary>
    public static IReadOnlyList<SummedTotal> Shown(GrowthTable table)
    {
        var series = table.Series;
        if (series.Summed.Count == 0)
        {
            return [];
        }

        var rows = series.Values.ToDictionary(v => v.Period);
        var shown = table.Rows.Where(r => r.Value is not null).Select(r => r.Period).ToHashSet();
        return series.Summed
            .Where(s => shown.Contains(s.Period) && table.RestsOn(rows.GetValueOrDefault(s.Period), s.Flow))
            .ToList();
    }

    /// <summary>One line for the table's foot, or null when every figure shown was published as a total.</summary>
    public static string? Describe(GrowthTable table)
    {
        var shown = Shown(table);
        if (shown.Count == 0)
        {
            return null;
        }

        var parts = shown
            .GroupBy(s => (s.Flow, Level: Level(s)))
            .OrderBy(g => g.Key.Flow)
            .Select(g => Part(g.Key.Flow, g.Key.Level, g.ToList()));
        // A sum is only as complete as the lines stored: a download of one heading sums to that heading.
        return $"Totals summed from the product lines stored ({SourceNames.Describe(table.Series.Source)} published no all-goods figure for them; "
            + $"a total only if every product was ingested): {string.Join("; ", parts)}.";
    }

    /// <summary>"HS6", or "HS2–HS4" where months summed at different levels make up a quarter or year.</summary>
    public static string Level(SummedTotal total) =>
        total.CoarsestDigits == total.FinestDigits
            ? string.Create(CultureInfo.InvariantCulture, $"HS{total.CoarsestDigits}")
            : string.Create(CultureInfo.InvariantCulture, $"HS{total.CoarsestDigits}–HS{total.FinestDigits}");

    public static string FlowName(Flow flow) => flow switch
    {
        Flow.Export => "exports",
        Flow.Import => "imports",
        _ => "turnover",
    };

    private static string Part(Flow flow, string level, List<SummedTotal> totals)
    {
        var (fewest, most) = (totals.Min(t => t.Lines), totals.Max(t => t.Lines));
        var lines = fewest == most ? Numbers.Count(most) : $"{Numbers.Count(fewest)}–{Numbers.Count(most)}";
        var noun = most == 1 ? "line" : "lines";
        return totals.Count == 1
            ? $"{FlowName(flow)} {totals[0].Period} from {lines} {level} {noun}"
            : $"{FlowName(flow)} {totals[0].Period} to {totals[^1].Period}, {totals.Count} periods, from {lines} {level} {noun} each";
    }
}
