namespace Turnover.Application;

/// <summary>
/// The claim's growth rate could not be judged while its amount was: the reason stands beside the verdict (as
/// <see cref="AmountNotJudged"/> does for an amount).
/// </summary>
/// <param name="Reason">Why the rate is not judged.</param>
public sealed record GrowthNotJudged(UnverifiableReason Reason) : ClaimNote;
