namespace Turnover.Application;

/// <summary>
/// A goal whose text gives no year ("met the $200 billion target ahead of schedule") is judged as the one registered
/// target of the pair with that amount announced by the article's date and still open in its year: its deadline is that target's.
/// </summary>
/// <param name="Target">The registered target's name.</param>
/// <param name="DeadlineYear">Its deadline year.</param>
public sealed record DeadlineOfRegisteredTarget(string Target, int DeadlineYear) : ClaimNote;
