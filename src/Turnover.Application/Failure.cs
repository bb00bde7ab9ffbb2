using Turnover.Analytics.Targets;

namespace Turnover.Application;

/// <summary>
/// An expected failure of a use case, as a value: its kind and what went wrong, either as facts
/// (<see cref="Reason"/>, which the hosts word) or in the user's terms (an input file's or request's mistake: one line, no trace).
/// </summary>
/// <param name="Kind">What kind of failure.</param>
/// <param name="Message">
/// What is wrong, naming the file, line and field where there is one; a full sentence without the hint. For a failure
/// with a <see cref="Reason"/>, the facts printed plainly (for logs and exceptions), not the words a host shows.
/// </param>
public sealed record Failure(FailureKind Kind, string Message)
{
    /// <summary>Where the user can look next, which each host words; null when the message says all.</summary>
    public FailureHint? Hint { get; init; }

    /// <summary>
    /// The facts behind a failure about the domain, which each host words in place of <see cref="Message"/> (the use
    /// case's plain fallback); null when the message says all.
    /// </summary>
    public FailureReason? Reason { get; init; }

    /// <summary>A wrong request or input file.</summary>
    public static Failure BadInput(string message) => new(FailureKind.BadInput, message);

    /// <summary>A named thing that is not there.</summary>
    public static Failure NotFound(string message) => new(FailureKind.NotFound, message);

    /// <summary>No data to answer with.</summary>
    public static Failure NoData(string message) => new(FailureKind.NoData, message);

    /// <summary>A failure of <paramref name="kind"/> for the facts of <paramref name="reason"/>, worded by the hosts.</summary>
    public static Failure Because(FailureKind kind, FailureReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new(kind, reason.ToString()) { Reason = reason };
    }

    /// <summary>No statistics of a pair could be chosen: the facts, worded by the hosts; nothing stored points to what is.</summary>
    public static Failure NoStatistics(NoStatisticsChosen reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new(FailureKind.NoData, $"no statistics of {reason.A.Name}–{reason.B.Name} could be chosen ({reason.Cause}).")
        {
            Reason = new StatisticsNotChosen(reason),
            Hint = reason.NothingOfThePair ? FailureHint.StoreContents : null,
        };
    }

    /// <summary>A request that contradicts what is stored.</summary>
    public static Failure Conflict(string message) => new(FailureKind.Conflict, message);
}
