using Turnover.Store;

namespace Turnover.Application;

/// <summary>A release to retract was retracted before: nothing changed.</summary>
/// <param name="ReleaseId">The release.</param>
/// <param name="Retraction">When and why it was retracted the first time.</param>
public sealed record ReleaseAlreadyRetracted(int ReleaseId, Retraction Retraction) : FailureReason;
