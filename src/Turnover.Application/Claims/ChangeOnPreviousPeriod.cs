using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The text's change is on the previous period ("fell $2.8 billion in December from November", "month on month"), not
/// on the same period a year earlier: it was judged against the stored figure less <paramref name="Previous"/>'s.
/// </summary>
/// <param name="Previous">The period before the claim's (the month, quarter or half before).</param>
public sealed record ChangeOnPreviousPeriod(Period Previous) : ClaimNote;
