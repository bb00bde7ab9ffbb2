namespace Turnover.Application;

/// <summary>No release in the store has the id asked for.</summary>
/// <param name="ReleaseId">The id asked for.</param>
public sealed record ReleaseNotFound(int ReleaseId) : FailureReason;
