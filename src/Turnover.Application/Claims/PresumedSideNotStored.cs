using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A Chinese text cites no statistics for China's trade with a partner: Chinese reports quote China's customs, so its
/// figure is presumed to be China's, which the store does not hold for the pair; the claim is judged on the other
/// side's, which count the same trade differently (a disagreement cannot show the claim wrong).
/// </summary>
/// <param name="Presumed">The side whose statistics the text is presumed to quote.</param>
public sealed record PresumedSideNotStored(Country Presumed) : ClaimNote;
