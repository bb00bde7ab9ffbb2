using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>
/// Words <see cref="GrowthTable.MissingPeriods"/>, the periods a table skips or leaves blank for want of a figure (China's
/// customs published no July 2021 turnover; a quarter lacking a month): the series table, the report and the chart say them.
/// </summary>
internal static class GapsNote
{
    private const int Listed = 8;

    /// <summary>"2021-07, 2024-03 to 2024-04, 2024-10": the missing periods as runs (the first eight, then how many more); null when none.</summary>
    public static string? List(GrowthTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Runs(table.MissingPeriods);
    }

    /// <summary>One line for the table's foot, or null when the table has no gap.</summary>
    public static string? Describe(GrowthTable table)
    {
        if (List(table) is not { } list)
        {
            return null;
        }

        var source = SourceNames.Describe(table.Series.Source);
        var why = table.Series.Granularity == Granularity.Month
            ? $"the store holds no figure of {source} for them"
            : $"the store holds no figure of {source} for them, nor all of their months";
        var missing = table.MissingPeriods.ToHashSet();
        var blank = table.Rows.Where(r => r.Value is null && missing.Contains(r.Period)).ToList();
        const string Consequence = "Figures that need them (growth a year later, sums over them the source did not publish) are blank.";
        if (blank.Count == 0)
        {
            return $"Not in the table, {why}: {list}. {Consequence}";
        }

        var what = blank.TrueForAll(r => r.YearToDate is not null) ? "for the year-to-date the source published" : "with no value, and the year-to-date where the source published one";
        return $"No value for {list}: {why}; {Runs([.. blank.Select(r => r.Period)])} {(blank.Count == 1 ? "is" : "are")} in the table, {what}. {Consequence}";
    }

    private static string? Runs(IReadOnlyList<Period> periods)
    {
        if (periods.Count == 0)
        {
            return null;
        }

        var runs = RunsOf(periods).Select(r => r.First == r.Last ? r.First.ToString() : $"{r.First} to {r.Last}").ToList();
        return string.Join(", ", runs.Take(Listed)) + (runs.Count > Listed ? $" and {runs.Count - Listed} more" : string.Empty);
    }

    /// <summary>Consecutive periods (each the <see cref="Period.Next"/> of the one before) as first and last.</summary>
    private static IEnumerable<(Period First, Period Last)> RunsOf(IReadOnlyList<Period> periods)
    {
        var first = periods[0];
        var last = first;
        foreach (var p in periods.Skip(1))
        {
            if (p == last.Next())
            {
                last = p;
                continue;
            }

            yield return (first, last);
            first = last = p;
        }

        yield return (first, last);
    }
}
