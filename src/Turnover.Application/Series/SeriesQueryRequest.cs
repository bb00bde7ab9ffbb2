using Turnover.Core;

namespace Turnover.Application;

/// <summary>A pair's series by period with its growth figures.</summary>
/// <param name="Pair">The pair and whose statistics to use.</param>
/// <param name="Measure">Turnover, exports, imports or the balance, from the reporter's side.</param>
public sealed record SeriesQueryRequest(SourceRequest Pair, Measure Measure)
{
    /// <summary>Month, quarter or year; null for months, or years where the chosen source holds only years.</summary>
    public Granularity? Granularity { get; init; }

    /// <summary>The first period shown; null for the first stored.</summary>
    public Period? From { get; init; }

    /// <summary>The last period shown; null for the last stored.</summary>
    public Period? To { get; init; }
}
