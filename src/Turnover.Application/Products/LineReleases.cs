using Turnover.Store;

namespace Turnover.Application;

/// <summary>The releases whose product lines an answer summed, for its provenance.</summary>
internal static class LineReleases
{
    /// <summary>The stored releases (retracted ones too, should a line's release be) that the rows' lines came from, by id.</summary>
    public static IReadOnlyList<ReleaseSummary> Of(ITradeStore store, IEnumerable<ProductYear> rows)
    {
        var ids = rows.Aggregate(ReleaseIds.None, (all, row) => all.Union(row.Releases));
        return ids.Count == 0 ? [] : [.. store.Releases().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id)];
    }
}
