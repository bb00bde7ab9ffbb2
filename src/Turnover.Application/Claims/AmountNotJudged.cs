namespace Turnover.Application;

/// <summary>
/// The claim's amount could not be judged (a currency with no stored rate for the period), while something else of
/// the claim was or was not: the reason stands beside the verdict rather than vanish behind the rate's.
/// </summary>
/// <param name="Reason">Why the amount is not judged.</param>
public sealed record AmountNotJudged(UnverifiableReason Reason) : ClaimNote;
