using Turnover.Core;

namespace Turnover.Analytics;

/// <summary>
/// Answers "what was the cumulative from January to month m" and "the twelve months to month m" from whatever
/// the source published: cumulatives as such, full years, or months (a combined January–February counts for
/// both months). Where neither a published figure nor complete months exist, the answer is null.
/// </summary>
internal sealed class MonthCoverage
{
    private readonly Dictionary<(int Year, int Month), decimal> _publishedYtd = [];
    private readonly Dictionary<int, SortedDictionary<int, (int Start, decimal Value)>> _byYear = [];

    private MonthCoverage()
    {
    }

    public static MonthCoverage Build(PairSeries series, Measure measure)
    {
        var coverage = new MonthCoverage();
        foreach (var ytd in series.PublishedYearToDate)
        {
            if (ytd.Get(measure) is { } value)
            {
                coverage._publishedYtd[(ytd.Period.Year, ytd.Period.EndMonth)] = value;
            }
        }

        foreach (var entry in series.Values)
        {
            if (entry.Get(measure) is not { } value)
            {
                continue;
            }

            if (entry.Period.IsYearToDate)
            {
                // A published year (or Jan–Feb) is itself a cumulative.
                coverage._publishedYtd.TryAdd((entry.Period.Year, entry.Period.EndMonth), value);
            }

            if (!coverage._byYear.TryGetValue(entry.Period.Year, out var months))
            {
                coverage._byYear[entry.Period.Year] = months = [];
            }

            months[entry.Period.EndMonth] = (entry.Period.StartMonth, value);
        }

        return coverage;
    }

    /// <summary>January to <paramref name="month"/> of <paramref name="year"/>.</summary>
    public decimal? YearToDate(int year, int month)
    {
        if (_publishedYtd.TryGetValue((year, month), out var published))
        {
            return published;
        }

        if (!_byYear.TryGetValue(year, out var entries))
        {
            return null;
        }

        // Walk back from the month to January through contiguous entries.
        decimal sum = 0;
        var end = month;
        while (end >= 1)
        {
            if (_publishedYtd.TryGetValue((year, end), out var cumulative))
            {
                return sum + cumulative;
            }

            if (!entries.TryGetValue(end, out var entry))
            {
                return null;
            }

            sum += entry.Value;
            end = entry.Start - 1;
        }

        return sum;
    }

    /// <summary>The twelve months ending with <paramref name="month"/> of <paramref name="year"/>.</summary>
    public decimal? Rolling12(int year, int month) =>
        month == 12
            ? YearToDate(year, 12)
            : YearToDate(year, month) + YearToDate(year - 1, 12) - YearToDate(year - 1, month);
}
