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
    /// month and are not continued by the files of the year shown, with the last month they reach. Files continue
    /// others when they hold lines of a series the others hold: a year's file after the year before's (Comtrade's,
    /// BACI's), where a series without a line is one not traded (Australia's coal to China in 2021, in the same export
    /// as every other origin's). The export of one origin's fuels that runs on past the export by origin holds none of
    /// its series (the latest of each figure being the later file's), so Russia's LNG, only in the export by origin, is
    /// not known after it ends.
    /// </summary>
    /// <param name="lines">The lines, each with its series (a product, an origin).</param>
    /// <param name="baseYear">The year the series has lines in.</param>
    /// <param name="shownYear">The year it has none in.</param>
    /// <param name="shownLastMonth">The last month the year shown reaches.</param>
    public static Dictionary<TKey, Period> Ended<TKey>(IReadOnlyList<(TKey Key, ProductYear Row)> lines, int baseYear, int shownYear, int shownLastMonth)
        where TKey : notnull
    {
        // Per release, the last month of the lines it alone gives and the series it holds (a sum over several
        // releases says nothing of each).
        var alone = lines.Where(l => l.Row.Releases.Count == 1).GroupBy(l => l.Row.Releases[0]).ToList();
        var reach = alone.ToDictionary(g => g.Key, g => g.Max(l => Index(l.Row.Year, MonthMasks.LastMonth(l.Row.MonthMask))));
        var holds = alone.ToDictionary(g => g.Key, g => g.Select(l => l.Key).ToHashSet());
        var shownEnd = Index(shownYear, shownLastMonth);
        var shownLines = lines.Where(l => l.Row.Year == shownYear).ToList();
        var shown = shownLines.Select(l => l.Key).ToHashSet();
        var continuing = shownLines.SelectMany(l => l.Row.Releases).Distinct().SelectMany(id => holds.GetValueOrDefault(id) ?? []).ToHashSet();
        var releasesOf = lines.GroupBy(l => l.Key).ToDictionary(g => g.Key, g => g.SelectMany(l => l.Row.Releases).Distinct().ToList());
        return lines.Where(l => l.Row.Year == baseYear && !shown.Contains(l.Key)).Select(l => l.Key).Distinct()
            .Select(key =>
            {
                var releases = releasesOf[key];
                // A release that gives no line of its own reaches no month known here: the series' end is not known.
                int? end = releases.Count == 0 || releases.Exists(id => !reach.ContainsKey(id)) ? null : releases.Max(id => reach[id]);
                var held = releases.SelectMany(id => holds.GetValueOrDefault(id) ?? []);
                return (Key: key, End: end is { } e && e < shownEnd && !held.Any(continuing.Contains) ? Period.Month(e / 12, (e % 12) + 1) : (Period?)null);
            })
            .Where(e => e.End is not null)
            .ToDictionary(e => e.Key, e => e.End!.Value);
    }

    /// <summary>The products of a view's lines that <see cref="Ended{TKey}"/>.</summary>
    public static Dictionary<Product, Period> Ended(ProductView view, int baseYear, int shownYear, int shownLastMonth) =>
        Ended([.. view.Lines.Select(l => (l.Row.Product, l.Row))], baseYear, shownYear, shownLastMonth);

    // A month as one number, to compare (year × 12 + month − 1).
    private static int Index(int year, int month) => (year * 12) + month - 1;
}
