using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The text says the figure is a superlative since a year, and the store cannot check it: a period between (or, for a
/// rate, the claim's own rate) is not stored. It is neither confirmed nor refuted.
/// </summary>
/// <param name="Kind">What was said to be extreme.</param>
/// <param name="SinceYear">The year named.</param>
/// <param name="Missing">The first period whose figure is not stored.</param>
public sealed record SuperlativeNotChecked(SuperlativeKind Kind, int SinceYear, Period Missing) : ClaimNote
{
    /// <summary>For a run of months, the month before it; null for a superlative of years.</summary>
    public Period? SinceMonth { get; init; }
}
