using Turnover.Analytics;

namespace Turnover.Presentation.Wording;

/// <summary>
/// Says which quarters of a series table are differences of the source's January-to-date cumulatives
/// (<see cref="GrowthTable.FromCumulatives"/>), so that such a figure is not read as one the publisher printed.
/// </summary>
internal static class CumulativesNote
{
    /// <summary>One line for the table's foot, or null when no quarter shown was differenced.</summary>
    public static string? Describe(GrowthTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.FromCumulatives.Count == 0)
        {
            return null;
        }

        var each = table.FromCumulatives.Select(q => q.StartMonth == 1
            ? $"{q} (the cumulative to {MonthNames.Full(q.EndMonth)} itself)"
            : $"{q} (January–{MonthNames.Full(q.EndMonth)} minus January–{MonthNames.Full(q.StartMonth - 1)})");
        return $"Differenced from the cumulatives of {SourceNames.Describe(table.Series.Source)} (the store holds no figure of the quarter itself, nor all of its months): {string.Join(", ", each)}.";
    }
}
