using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// How far the files that hold a product's lines reach: a product with no line after the last month its releases
/// reach is not known there, not zero. The Wind export by origin ends in November 2022, and Russia's LNG, which only it
/// holds, has no line in 2023 because the file stops, not the trade (it was a "-100 %" faller of January–February 2023).
/// </summary>
internal static class FilesReach
{
    /// <summary>Per release, the last month (year × 12 + month − 1) of the lines it alone gives (a sum over several releases says nothing of each).</summary>
    public static Dictionary<int, int> OfReleases(IEnumerable<ProductLine> lines) =>
        lines.Where(l => l.Row.Releases.Count == 1)
            .GroupBy(l => l.Row.Releases[0])
            .ToDictionary(g => g.Key, g => g.Max(l => Index(l.Row.Year, MonthMasks.LastMonth(l.Row.MonthMask))));

    /// <summary>The last month the releases of the product's lines reach; null where any of them reaches no month of its own (unknown).</summary>
    public static Period? OfProduct(IEnumerable<ProductLine> productLines, Dictionary<int, int> releases)
    {
        var reach = productLines.SelectMany(l => l.Row.Releases).Distinct().Select(id => releases.TryGetValue(id, out var last) ? last : (int?)null).ToList();
        return reach.Count == 0 || reach.Exists(r => r is null) ? null : Period.Month(reach.Max()!.Value / 12, (reach.Max()!.Value % 12) + 1);
    }

    /// <summary>
    /// The products of the finest lines stored with lines in the base year and none in the year shown, whose files end
    /// before the year shown's last month and are not continued by the files of the year shown, with the last month
    /// they reach. Files continue others when they hold lines of a product the others hold: a year's file after the
    /// year before's (Comtrade's, BACI's), where a product without a line is a product not traded. The export of one
    /// origin's fuels that runs on past the export by origin holds none of its products (the latest of each figure
    /// being the later file's), so Russia's LNG, only in the export by origin, is not known after it ends.
    /// </summary>
    public static Dictionary<Product, Period> Ended(ProductView finest, int baseYear, int shownYear, int shownLastMonth)
    {
        var reach = OfReleases(finest.Lines);
        var holds = finest.Lines.Where(l => l.Row.Releases.Count == 1).GroupBy(l => l.Row.Releases[0]).ToDictionary(g => g.Key, g => g.Select(l => l.Row.Product).ToHashSet());
        var shownEnd = Index(shownYear, shownLastMonth);
        var shownLines = finest.Lines.Where(l => l.Row.Year == shownYear).ToList();
        var shown = shownLines.Select(l => l.Row.Product).ToHashSet();
        var continuing = shownLines.SelectMany(l => l.Row.Releases).Distinct().SelectMany(id => holds.GetValueOrDefault(id) ?? []).ToHashSet();
        return finest.Lines.Where(l => l.Row.Year == baseYear && !shown.Contains(l.Row.Product)).Select(l => l.Row.Product).Distinct()
            .Select(p => (Product: p, Lines: finest.Lines.Where(l => l.Row.Product == p).ToList()))
            .Select(p => (p.Product, End: OfProduct(p.Lines, reach), Held: p.Lines.SelectMany(l => l.Row.Releases).Distinct().SelectMany(id => holds.GetValueOrDefault(id) ?? [])))
            .Where(e => e.End is { } end && Index(end.Year, end.EndMonth) < shownEnd && !e.Held.Any(continuing.Contains))
            .ToDictionary(e => e.Product, e => e.End!.Value);
    }

    /// <summary>Whether a product is the other or lies inside it (HS codes: 2711 holds 271111; a commodity only itself).</summary>
    public static bool Inside(Product inner, Product outer) =>
        inner == outer
        || (!inner.IsCommodity && !outer.IsCommodity && !outer.IsTotal && inner.Digits > outer.Digits
            && inner.Code / (int)Math.Pow(10, inner.Digits - outer.Digits) == outer.Code);

    /// <summary>A month as one number, to compare (year × 12 + month − 1).</summary>
    public static int Index(int year, int month) => (year * 12) + month - 1;
}
