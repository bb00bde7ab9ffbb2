namespace Turnover.Application;

/// <summary>Every saved claim and registered target judged again on the store as it stands.</summary>
/// <param name="Today">The day of the judgement.</param>
/// <param name="Entries">The claims (by article, in text order), then the targets (by name).</param>
/// <param name="Recorded">True when the judgements were recorded as the last ones (the next report compares with them).</param>
public sealed record WatchReport(DateOnly Today, IReadOnlyList<WatchEntry> Entries, bool Recorded)
{
    /// <summary>The entries whose judgement changed since it was recorded.</summary>
    public IReadOnlyList<WatchEntry> Changes => [.. Entries.Where(e => e.Changed)];

    /// <summary>The saved claims' entries.</summary>
    public IReadOnlyList<WatchEntry> Claims => [.. Entries.Where(e => e.Claim is not null)];

    /// <summary>The targets' entries.</summary>
    public IReadOnlyList<WatchEntry> Targets => [.. Entries.Where(e => e.Target is not null)];
}
