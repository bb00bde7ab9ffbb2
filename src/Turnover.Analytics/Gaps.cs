using Turnover.Core;

namespace Turnover.Analytics;

/// <summary>
/// The periods a table skips or leaves blank because the store holds no figure for them (China's customs published no
/// July 2021 turnover; a quarter lacking a month): rows alone read as an unbroken series, and a blank growth rate a year
/// after a gap would be unexplained.
/// </summary>
internal static class Gaps
{
    /// <summary>
    /// The periods of <paramref name="granularity"/> inside the window and between the series' first and last row that
    /// have no value, ascending; a month inside a combined period (China's January–February) is covered by it.
    /// </summary>
    public static IReadOnlyList<Period> Find(IReadOnlyList<(Period Period, decimal? Value)> entries, Granularity granularity, Period? from, Period? to)
    {
        var withValue = entries.Where(e => e.Value is not null).Select(e => e.Period).ToList();
        if (withValue.Count == 0)
        {
            return [];
        }

        var covered = withValue.SelectMany(MonthIndices).ToHashSet();
        var first = Math.Max(MonthIndex(entries.Min(e => e.Period.Start)), from is { } f ? MonthIndex(f.Start) : int.MinValue);
        var last = Math.Min(MonthIndex(entries.Max(e => e.Period.End)), to is { } t ? MonthIndex(t.End) : int.MaxValue);
        return last < first ? [] : [.. Enumerable.Range(first, last - first + 1)
            .Where(m => !covered.Contains(m))
            .Select(m => Enclosing(m / 12, (m % 12) + 1, granularity))
            .Distinct()
            .Order()];
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
