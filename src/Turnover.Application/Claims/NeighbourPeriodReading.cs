using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A fact with no period whose sentence follows, a paragraph down, a fact of the same pair with one
/// (<see cref="StatedClaim.NeighbourPeriod"/>): the claim stays not verifiable, since a wire story's next paragraph may
/// be about another time, and this says how it fares if it is of that period, as a reader would likely take it.
/// </summary>
/// <param name="Period">The period of the paragraph before.</param>
/// <param name="Verdict">The verdict the figure would get on that period.</param>
/// <param name="ValueUsd">The stored figure of that period; null when the claim has no amount judged.</param>
/// <param name="GrowthPercent">The stored or computed rate of that period; null when none was compared.</param>
public sealed record NeighbourPeriodReading(Period Period, ClaimVerdict Verdict, decimal? ValueUsd, decimal? GrowthPercent) : ClaimNote;
