using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>
/// Why a table asked for with <c>--from</c>/<c>--to</c> has no rows although the series has figures: an empty table
/// alone reads as "nothing is stored".
/// </summary>
internal static class EmptyWindowNote
{
    /// <summary>"No figures in the periods asked for: the series runs from 2001-Q1 to 2019-Q4."; null when the table has rows or the series none.</summary>
    public static string? Describe(GrowthTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Rows.Count > 0)
        {
            return null;
        }

        var periods = table.PeriodsWithFigures();
        return periods.Count == 0
            ? null
            : $"No figures in the periods asked for (--from, --to): the {SeriesTitle.Frequency(table.Series.Granularity)} figures run from {periods[0]} to {periods[^1]}.";
    }
}
