namespace Turnover.Application;

/// <summary>
/// A goal whose text gives no year ("met the $200 billion target ahead of schedule") is judged as the one registered
/// target of the pair with that amount announced by the article's date and still open in the year the goal is spoken of:
/// its deadline is that target's.
/// </summary>
/// <param name="Target">The registered target's name.</param>
/// <param name="DeadlineYear">Its deadline year.</param>
/// <param name="OpenIn">
/// The year it had to be open in: the article's, or the year of a fact in the goal's sentence when earlier ("reached
/// $240.1 billion in 2023, exceeding the $200 billion target", read in 2025).
/// </param>
public sealed record DeadlineOfRegisteredTarget(string Target, int DeadlineYear, int OpenIn) : ClaimNote;
