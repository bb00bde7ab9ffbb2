using Turnover.Core;

namespace Turnover.Application;

/// <summary>A question to <see cref="MirrorQuery"/>: both sides' figures of the trade between A and B.</summary>
/// <param name="A">The first country (its figures in the first column).</param>
/// <param name="B">The second country.</param>
public sealed record MirrorQueryRequest(Country A, Country B)
{
    /// <summary>Years to show (inclusive); open ends show everything stored.</summary>
    public YearRange Years { get; init; }

    /// <summary>Only figures public on this date; null for everything stored.</summary>
    public DateOnly? AsOf { get; init; }
}
