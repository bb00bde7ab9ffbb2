using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>A missed target reached after its deadline year, in the figures published by the check's date.</summary>
/// <param name="Month">The first month whose progress measure (an annual target's year to date) reaches the amount.</param>
/// <param name="ValueUsd">That measure.</param>
/// <param name="YearsNotInFigures">Years between the deadline and <paramref name="Month"/> whose total is not in the figures: it may have been reached in one of them.</param>
public sealed record LateCrossing(Period Month, decimal ValueUsd, IReadOnlyList<int> YearsNotInFigures);
