using Turnover.Store;

namespace Turnover.Application;

/// <summary>The releases stored: every one, live and retracted, or one by id.</summary>
/// <param name="store">The store to read (read-only is enough).</param>
public sealed class ReleaseQuery(ITradeStore store)
{
    /// <summary>Every release, live and retracted, oldest first.</summary>
    public IReadOnlyList<ReleaseSummary> List() => store.Releases();

    /// <summary>One release.</summary>
    /// <returns>The release; <see cref="FailureKind.NotFound"/> when no release has the id.</returns>
    public Outcome<ReleaseSummary> Show(int releaseId) =>
        store.Releases().FirstOrDefault(r => r.Id == releaseId) is { } release ? release : Unknown(releaseId);

    /// <summary>The failure for an id no release has.</summary>
    internal static Failure Unknown(int releaseId) =>
        Failure.Because(FailureKind.NotFound, new ReleaseNotFound(releaseId)) with { Hint = FailureHint.Releases };
}
