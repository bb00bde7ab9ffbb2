using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>
/// Says which quarters and years of a series table are sums of their months because the store holds no figure of the
/// source for the period itself, so that such a sum is not read as the publisher's own (China's customs' monthly figures,
/// added up, need not equal its year-to-date cumulatives beside them).
/// </summary>
internal static class MonthsNote
{
    /// <summary>The periods shown (rows with a value) whose figure for the measure shown is a sum of months.</summary>
    public static IReadOnlySet<Period> Shown(GrowthTable table) =>
        table.Rows.Where(r => r.Value is not null && table.FromMonths(r.Period)).Select(r => r.Period).ToHashSet();

    /// <summary>One line for the table's foot, or null when every quarter or year shown was published as such.</summary>
    public static string? Describe(GrowthTable table)
    {
        var shown = Shown(table);
        if (shown.Count == 0)
        {
            return null;
        }

        var periods = shown.Order().ToList();
        var noun = table.Series.Granularity == Granularity.Year ? "Years" : "Quarters";
        var list = periods.Count <= 4 ? string.Join(", ", periods) : $"{periods[0]} to {periods[^1]}, {periods.Count} periods";
        // Only where the source published cumulatives in those years: elsewhere the YTD column is the same months' sum.
        var years = periods.Select(p => p.Year).ToHashSet();
        var cumulatives = table.Rows.Any(r => r.YearToDate is not null) && table.Series.PublishedYearToDate.Any(y => years.Contains(y.Period.Year))
            ? " The YTD columns take the source's own cumulative figures where it published them, so they need not equal the sum of the rows above."
            : string.Empty;
        return $"{noun} summed from their months (the store holds no figure of {SourceNames.Describe(table.Series.Source)} for the period itself): {list}.{cumulatives}";
    }
}
