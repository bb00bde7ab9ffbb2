using Turnover.Core;

namespace Turnover.Store;

/// <summary>
/// The releases behind one pair's figures visible on a date, both directions, per source: those whose all-goods
/// totals are the latest revision of their keys, and those whose product lines are. An answer names the first (and
/// the second where it summed product lines), not every release of the source.
/// </summary>
/// <param name="Source">The publisher.</param>
/// <param name="Totals">The releases of the visible all-goods totals.</param>
/// <param name="Lines">The releases of the visible product lines.</param>
public sealed record PairReleases(SourceKind Source, ReleaseIds Totals, ReleaseIds Lines)
{
    /// <summary>One per source, in source order, from (source, product lines?, releases) rows.</summary>
    internal static IReadOnlyList<PairReleases> Group(IEnumerable<(SourceKind Source, bool Lines, ReleaseIds Ids)> rows) =>
        [.. rows.GroupBy(r => r.Source).OrderBy(g => SourceCatalog.Of(g.Key).Code, StringComparer.Ordinal)
            .Select(g => new PairReleases(
                g.Key,
                ReleaseIds.Of(g.Where(r => !r.Lines).SelectMany(r => r.Ids)),
                ReleaseIds.Of(g.Where(r => r.Lines).SelectMany(r => r.Ids))))];
}
