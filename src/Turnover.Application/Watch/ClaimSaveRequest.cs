namespace Turnover.Application;

/// <summary>A news text to judge and keep, so that its claims are judged again as releases come in.</summary>
/// <param name="Check">The text and how to judge it now, as for <see cref="ClaimCheckQuery"/>.</param>
/// <param name="Source">Where the text came from (its file name, or what the user says): with the article's date, it identifies the article.</param>
/// <param name="Watch">How later judgements are made (<see cref="WatchQuery"/>): the first recorded judgements are made the same way, so the next report compares like with like.</param>
public sealed record ClaimSaveRequest(ClaimCheckRequest Check, string Source, WatchRequest Watch)
{
    /// <summary>The reading of <see cref="Check"/>'s text, when the caller started it earlier (<see cref="ClaimReading.Start"/>); null to read it now.</summary>
    public ClaimReading? Reading { get; init; }
}
