using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>Which stored releases an answer as of a date rests on: the live ones published by then (an undated one counts).</summary>
internal static class PublishedReleases
{
    /// <summary>True when <paramref name="release"/> is live and was published by <paramref name="asOf"/> (any date when null).</summary>
    public static bool PublishedBy(this ReleaseSummary release, DateOnly? asOf) =>
        release.Retraction is null && (asOf is null || release.Vintage is null || release.Vintage <= asOf);

    /// <summary>The live releases of <paramref name="source"/> published by <paramref name="asOf"/>, by id.</summary>
    public static List<ReleaseSummary> Of(ITradeStore store, SourceKind source, DateOnly? asOf) =>
        [.. store.Releases().Where(r => r.Source == source && r.PublishedBy(asOf))];
}
