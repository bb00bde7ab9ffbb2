using Turnover.Core;

namespace Turnover.Application;

/// <summary>Whose statistics to use for a pair: either side, or the reporter and publisher asked for.</summary>
/// <param name="A">The first country.</param>
/// <param name="B">The second country.</param>
public sealed record SourceRequest(Country A, Country B)
{
    /// <summary>The side whose statistics to use (A or B); null for the side with more data.</summary>
    public Country? Reporter { get; init; }

    /// <summary>The publisher; null for the one with the most records (a side's own before a reconciled dataset).</summary>
    public SourceKind? Source { get; init; }

    /// <summary>Only figures published by this date; null for everything stored.</summary>
    public DateOnly? AsOf { get; init; }
}
