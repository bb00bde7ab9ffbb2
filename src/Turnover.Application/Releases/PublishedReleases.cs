using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>Which stored releases an answer as of a date rests on: the live ones published by then (an undated one counts) that hold its figures.</summary>
internal static class PublishedReleases
{
    /// <summary>True when <paramref name="release"/> is live and was published by <paramref name="asOf"/> (any date when null).</summary>
    public static bool PublishedBy(this ReleaseSummary release, DateOnly? asOf) =>
        release.Retraction is null && (asOf is null || release.Vintage is null || release.Vintage <= asOf);

    /// <summary>The stored releases whose product lines the rows summed, by id (retracted ones too, should a line's release be).</summary>
    public static List<ReleaseSummary> OfLines(IEnumerable<ReleaseSummary> releases, IEnumerable<ProductYear> rows)
    {
        var ids = ReleaseIds.Of(rows.SelectMany(r => r.Releases));
        return [.. releases.Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id)];
    }

    /// <summary>
    /// The live releases published by <paramref name="asOf"/> behind the chosen side's figures of the pair: those of
    /// its source holding the pair's visible all-goods totals, and its product lines' where the source's totals are
    /// summed from them; not every release of the source (a product file of the same customs holds no total), by id.
    /// </summary>
    public static List<ReleaseSummary> Behind(ITradeStore store, SourceChoice choice, DateOnly? asOf) =>
        Behind(store.Releases(), store.PairReleases(choice.Reporter, choice.Partner, asOf), choice, asOf);

    /// <summary>As <see cref="Behind(ITradeStore, SourceChoice, DateOnly?)"/>, from the releases and the pair's releases already read.</summary>
    public static List<ReleaseSummary> Behind(IEnumerable<ReleaseSummary> releases, IReadOnlyList<PairReleases> pair, SourceChoice choice, DateOnly? asOf)
    {
        var of = pair.FirstOrDefault(p => p.Source == choice.Source);
        var ids = of is null ? ReleaseIds.None : choice.Coverage.SummedRecords > 0 ? of.Totals.Union(of.Lines) : of.Totals;
        return [.. releases.Where(r => r.Source == choice.Source && r.PublishedBy(asOf) && ids.Contains(r.Id))];
    }
}
