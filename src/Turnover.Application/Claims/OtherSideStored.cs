using Turnover.Core;

namespace Turnover.Application;

/// <summary>Both sides' statistics of the pair are stored and differ: the claim is judged on one side's.</summary>
/// <param name="Judged">The side whose statistics judge the claim.</param>
/// <param name="Other">The other side, whose statistics are stored too.</param>
public sealed record OtherSideStored(Country Judged, Country Other) : ClaimNote;
