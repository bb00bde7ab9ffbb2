namespace Turnover.Application;

/// <summary>A release to take back.</summary>
/// <param name="ReleaseId">Its id.</param>
/// <param name="Reason">Why, kept with the release for the audit trail (trimmed; empty when none is given).</param>
public sealed record RetractRequest(int ReleaseId, string Reason);
