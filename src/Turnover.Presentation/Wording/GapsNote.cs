using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>
/// The periods inside a table's span that it skips because there is no figure for them (China's customs published
/// no July 2021 turnover; a quarter lacking a month): a table of rows alone reads as an unbroken series, and the
/// blank growth a year after a gap would be unexplained. The series table, its JSON, the report and the chart say them.
/// </summary>
internal static class GapsNote
{
    private const int Listed = 8;

    /// <summary>
    /// The periods of the table's frequency between its first and last row with a value that have no value, ascending;
    /// a month inside a combined period (China's January–February) is covered by it.
    /// </summary>
    public static IReadOnlyList<Period> Missing(GrowthTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var shown = table.Rows.Where(r => r.Value is not null).Select(r => r.Period).ToList();
        if (shown.Count == 0)
        {
            return [];
        }

        var covered = shown.SelectMany(MonthIndices).ToHashSet();
        var first = MonthIndex(shown.Min().Start);
        var last = MonthIndex(shown.Max().End);
        var granularity = table.Series.Granularity;
        return [.. Enumerable.Range(first, last - first + 1)
            .Where(m => !covered.Contains(m))
            .Select(m => Enclosing(m / 12, (m % 12) + 1, granularity))
            .Distinct()
            .Order()];
    }

    /// <summary>"2021-07, 2024-03 to 2024-04, 2024-10": the missing periods as runs (the first eight, then how many more); null when none.</summary>
    public static string? List(GrowthTable table)
    {
        var missing = Missing(table);
        if (missing.Count == 0)
        {
            return null;
        }

        var runs = Runs(missing).Select(r => r.First == r.Last ? r.First.ToString() : $"{r.First} to {r.Last}").ToList();
        return string.Join(", ", runs.Take(Listed)) + (runs.Count > Listed ? $" and {runs.Count - Listed} more" : string.Empty);
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
        return $"Not in the table, {why}: {list}. Figures that need them (growth a year later, sums over them the source did not publish) are blank.";
    }

    /// <summary>Consecutive periods (each the <see cref="Period.Next"/> of the one before) as first and last.</summary>
    private static IEnumerable<(Period First, Period Last)> Runs(IReadOnlyList<Period> periods)
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

    private static Period Enclosing(int year, int month, Granularity granularity) => granularity switch
    {
        Granularity.Month => Period.Month(year, month),
        Granularity.Quarter => Period.Quarter(year, ((month - 1) / 3) + 1),
        _ => Period.OfYear(year),
    };

    private static IEnumerable<int> MonthIndices(Period p) => Enumerable.Range(MonthIndex(p.Start), p.Months);

    private static int MonthIndex(DateOnly day) => (day.Year * 12) + day.Month - 1;
}
