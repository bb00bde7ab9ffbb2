using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// How far the files that hold a series' lines reach (a product's, or an origin's of one product): a series with no
/// line after the last month its releases reach is not known there, not zero. The Wind export by origin ends in
/// November 2022, and Russia's LNG, which only it holds, has no line in 2023 because the file stops, not the trade (it
/// was a "-100 %" faller of January–February 2023).
/// </summary>
internal static class FilesReach
{
    /// <summary>
    /// The series with lines in the base year and none in the year shown whose files end before the year shown's last
    /// month and are not spoken for by the files of the year shown, with the last month they reach. A file speaks for a
    /// series when it holds lines of it (its silence after is no trade: Australia's coal to China in 2021, in the same
    /// export as every other origin's), or when it follows the series' files (beginning after they end) and holds lines
    /// of a series they hold (a year's Comtrade or BACI file after the year before's). The export of Russia's fuels that
    /// runs on past the export by origin, over the same years, holds no LNG: Russia's LNG, only in the export by origin,
    /// is not known after it ends. Files are read from every visible revision of their lines
    /// (<see cref="ProductYear.HeldBy"/>), so the answer is the same whichever file's figures are the latest.
    /// </summary>
    /// <param name="lines">The lines, each with its series (a product, an origin).</param>
    /// <param name="baseYear">The year the series has lines in.</param>
    /// <param name="shownYear">The year it has none in.</param>
    /// <param name="shownLastMonth">The last month the year shown reaches.</param>
    public static Dictionary<TKey, Period> Ended<TKey>(IReadOnlyList<(TKey Key, ProductYear Row)> lines, int baseYear, int shownYear, int shownLastMonth)
        where TKey : notnull
    {
        var held = lines.SelectMany(l => l.Row.HeldBy.Select(h => (l.Key, l.Row.Year, h.ReleaseId, h.MonthMask))).ToList();
        var files = held.GroupBy(h => h.ReleaseId).ToDictionary(g => g.Key, g => new File<TKey>(
            g.Min(h => Index(h.Year, MonthMasks.FirstMonth(h.MonthMask))),
            g.Max(h => Index(h.Year, MonthMasks.LastMonth(h.MonthMask))),
            g.Select(h => h.Key).ToHashSet()));
        var filesOf = held.GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.Select(h => h.ReleaseId).Distinct().Select(id => files[id]).ToList());
        var shownEnd = Index(shownYear, shownLastMonth);
        var shownLines = lines.Where(l => l.Row.Year == shownYear).ToList();
        var shown = shownLines.Select(l => l.Key).ToHashSet();
        var shownFiles = shownLines.SelectMany(l => l.Row.HeldBy).Select(h => h.ReleaseId).Distinct().Select(id => files[id]).ToList();
        return lines.Where(l => l.Row.Year == baseYear && !shown.Contains(l.Key)).Select(l => l.Key).Distinct()
            .Select(key =>
            {
                // A line no release is known to hold reaches no month known here: the series' end is not known.
                var own = filesOf.GetValueOrDefault(key) ?? [];
                int? end = own.Count == 0 ? null : own.Max(f => f.Last);
                var spokenFor = shownFiles.Exists(f => f.Holds.Contains(key) || (f.First > end && own.Exists(o => o.Holds.Overlaps(f.Holds))));
                return (Key: key, End: end is { } e && e < shownEnd && !spokenFor ? Period.Month(e / 12, (e % 12) + 1) : (Period?)null);
            })
            .Where(e => e.End is not null)
            .ToDictionary(e => e.Key, e => e.End!.Value);
    }

    /// <summary>The products of a view's lines that <see cref="Ended{TKey}"/>.</summary>
    public static Dictionary<Product, Period> Ended(ProductView view, int baseYear, int shownYear, int shownLastMonth) =>
        Ended([.. view.Lines.Select(l => (l.Row.Product, l.Row))], baseYear, shownYear, shownLastMonth);

    // A month as one number, to compare (year × 12 + month − 1).
    private static int Index(int year, int month) => (year * 12) + month - 1;

    // One release's lines here: the first and last month they reach, and the series they are of.
    private sealed record File<TKey>(int First, int Last, HashSet<TKey> Holds);
}
