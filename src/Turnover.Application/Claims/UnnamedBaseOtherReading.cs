using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A month's rate or change whose text names no base ("fell $2.8 billion in December") is judged on a year
/// earlier, as trade news mostly means; where that reading is off, the other one a reader may have meant (US releases
/// compare with the month before) is given beside it, from the stored figures. The verdict stays the year-earlier one.
/// </summary>
/// <param name="Previous">The period before the claim's.</param>
/// <param name="ChangeUsd">The change on it, for a change; null for a rate.</param>
/// <param name="GrowthPercent">The rate on it, for a rate; null for a change.</param>
public sealed record UnnamedBaseOtherReading(Period Previous, decimal? ChangeUsd, decimal? GrowthPercent) : ClaimNote;
