namespace Turnover.Application;

/// <summary>
/// The facts behind a failure about the domain (no data for a pair or period, a target that does not fit the
/// question, a horizon out of range), which each host words in place of <see cref="Failure.Message"/>.
/// </summary>
public abstract record FailureReason;
