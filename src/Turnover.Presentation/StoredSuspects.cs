using Turnover.Analytics;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Presentation;

/// <summary>The suspect levels (<see cref="SuspectLevels"/>) of every side's own statistics in the store: what <c>info</c> shows in its table and its JSON.</summary>
internal static class StoredSuspects
{
    /// <summary>Each covered reporter's annual and year-to-date suspects as visible on the date; a reconciled dataset has no printed rates to check.</summary>
    public static IReadOnlyList<(SourceCoverage Coverage, SuspectLevel Suspect)> Find(ITradeStore store, IEnumerable<SourceCoverage> covered, DateOnly? asOf) =>
        [.. covered
            .Where(c => !c.Reconciled)
            .SelectMany(c => SuspectLevels.Find(store.ReadSeries(new SeriesRequest(c.Reporter, c.Partner, c.Source, Granularity.Year, asOf)))
                .Select(s => (Coverage: c, Suspect: s)))];
}
