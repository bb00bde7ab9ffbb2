using Turnover.Analytics.Targets;
using Turnover.Core.Targets;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>One saved claim or registered target judged again, with the judgement recorded before.</summary>
/// <param name="Subject">Its key in the store: <c>claim ID</c> or <c>target NAME</c>.</param>
/// <param name="Now">The judgement on the store as it stands.</param>
/// <param name="Before">The last recorded judgement; null when none was recorded (watched from now on).</param>
public sealed record WatchEntry(string Subject, Judgement Now, Judgement? Before)
{
    /// <summary>The saved claim, for a claim; else null.</summary>
    public SavedClaim? Claim { get; init; }

    /// <summary>The claim as judged now; null for a target, or a claim no longer read from its article.</summary>
    public CheckedClaim? Checked { get; init; }

    /// <summary>The target, for a target; else null.</summary>
    public Target? Target { get; init; }

    /// <summary>The target's report now (the chosen side's), for a target; else null.</summary>
    public TargetReport? Report { get; init; }

    /// <summary>The live releases stored since the recorded judgement: what changed it (empty when nothing was recorded).</summary>
    public IReadOnlyList<ReleaseSummary> Since { get; init; } = [];

    /// <summary>True when a judgement was recorded and this one differs from it.</summary>
    public bool Changed => Before is not null && Before != Now;
}
