using System.Globalization;
using Turnover.Application;

namespace Turnover.Presentation.Wording;

/// <summary>The words of <c>turnover decompose</c>: why a product is not compared, and what the indices cover.</summary>
internal static class DecomposeWording
{
    /// <summary>A short flag for a product that is not split into volume and unit value; empty when it is.</summary>
    public static string Flag(Comparability comparability) => comparability switch
    {
        Comparability.NoQuantity => "no quantity",
        Comparability.OneYearOnly => "one year only",
        Comparability.ZeroQuantity => "quantity of zero",
        Comparability.MonthsDiffer => "months differ",
        Comparability.UnitsDiffer => "units differ",
        Comparability.FilesEnd => "files end",
        _ => string.Empty,
    };

    /// <summary>A JSON name for the comparability.</summary>
    public static string Code(Comparability comparability) => comparability switch
    {
        Comparability.NoQuantity => "noQuantity",
        Comparability.OneYearOnly => "oneYearOnly",
        Comparability.ZeroQuantity => "zeroQuantity",
        Comparability.MonthsDiffer => "monthsDiffer",
        Comparability.UnitsDiffer => "unitsDiffer",
        Comparability.FilesEnd => "filesEnd",
        _ => "comparable",
    };

    /// <summary>"2020 → 2021" or "2018 → 2021, chain-linked"; "2021 Jan–Nov → 2022 Jan–Nov" for a year in progress.</summary>
    public static string Span(DecomposeAnswer answer) => answer.Links.Count == 1
        ? Invariant($"{First(answer)} → {Last(answer)}")
        : Invariant($"{First(answer)} → {Last(answer)}, chain-linked over {answer.Links.Count} links");

    /// <summary>The first year as the product table compares it: "2021", or "2021 Jan–Nov" against a year in progress.</summary>
    public static string First(DecomposeAnswer answer) => Label(answer.BaseYear, answer.ThroughMonth);

    /// <summary>The last year: "2022", or "2022 Jan–Nov" for a year in progress.</summary>
    public static string Last(DecomposeAnswer answer) => Label(answer.Year, answer.ThroughMonth);

    /// <summary>A link's two years: the last link is over the months of a year in progress, the others over whole years.</summary>
    public static string Link(DecomposeAnswer answer, IndexLink link)
    {
        var (from, to) = Ends(answer, link);
        return $"{from} → {to}";
    }

    private static (string From, string To) Ends(DecomposeAnswer answer, IndexLink link)
    {
        var through = link.Year == answer.Year ? answer.ThroughMonth : null;
        return (Label(link.BaseYear, through), Label(link.Year, through));
    }

    /// <summary>"1.2345" as "+23.5%"; "–" for none.</summary>
    public static string Change(double? ratio) => ratio is { } r && double.IsFinite(r) ? Numbers.Percent((r - 1d) * 100d) : "–";

    /// <summary>How many lines a summed row holds: "466 lines", "1 line".</summary>
    public static string Lines(int count) => Invariant($"{count} line{(count == 1 ? string.Empty : "s")}");

    /// <summary>
    /// What a table bounded by <c>--top</c> lists and what it sums, under the table; empty when every line is listed
    /// without a bound.
    /// </summary>
    public static string Listed(DecomposeAnswer answer) => answer.Largest switch
    {
        null => string.Empty,
        { Others.Count: 0 } l => Invariant($"All {l.Lines.Count} line(s) are listed (--top {l.Top}), by the size of their change in value from {First(answer)} to {Last(answer)}, up or down."),
        var l => Invariant($"Listed: the {l.Lines.Count} line(s) whose value changed most from {First(answer)} to {Last(answer)}, up or down; the other {l.Others.Count} line(s) ({Numbers.Billions(l.Others.BaseUsd)} bn in {First(answer)}, {Numbers.Billions(l.Others.Usd)} bn in {Last(answer)}) are summed in one row, so the rows add up to all lines. The indices and the notes below cover every line."),
    };

    /// <summary>The sentences under the table: what the indices cover, what they leave out, and how to read them.</summary>
    public static IReadOnlyList<string> Notes(DecomposeAnswer answer)
    {
        var notes = new List<string>();
        if (answer.ThroughMonth is { } through)
        {
            notes.Add(ProductsWording.SameMonths([answer.BaseYear, answer.Links[^1].BaseYear], answer.Year, through, null));
        }

        foreach (var link in answer.Links)
        {
            var (from, to) = Ends(answer, link);
            notes.Add(link.Volume is null
                ? Invariant($"{from} → {to}: no product has a quantity above zero in the same unit through the same last month in both years, so this link has no volume or price index{(answer.Links.Count > 1 ? " and the chain is broken" : string.Empty)}.")
                : Invariant($"{from} → {to}: the indices cover the products with a quantity above zero in the same unit through the same last month in both years: {Numbers.Billions(link.ComparableBaseUsd)} bn ({link.BaseCoveredPercent:0.0}% of the lines) in {from}, {Numbers.Billions(link.ComparableUsd)} bn ({link.CoveredPercent:0.0}%) in {to}."));
        }

        var left = answer.Products.Where(p => p.Comparability != Comparability.Comparable).GroupBy(p => p.Comparability).OrderBy(g => g.Key).ToList();
        if (left.Count > 0)
        {
            notes.Add(Invariant($"Not split between {First(answer)} and {Last(answer)}: ") + string.Join("; ", left.Select(g => Invariant(
                $"{Flag(g.Key)}: {g.Count()} line(s), {Numbers.Billions(g.Sum(p => p.BaseUsd))} bn ({Share(g.Sum(p => p.BaseUsd), answer.BaseUsd)}) in {First(answer)} and {Numbers.Billions(g.Sum(p => p.Usd))} bn ({Share(g.Sum(p => p.Usd), answer.Usd)}) in {Last(answer)}"))) + ".");
        }

        var partly = answer.Products.Where(p => p.Comparability == Comparability.Comparable && (p.UnquantifiedUsd > 0m || p.BaseUsd > p.BaseQuantifiedUsd)).ToList();
        if (partly.Count > 0)
        {
            notes.Add(Invariant($"{partly.Count} product(s) hold value in lines with a quantity of zero ({Numbers.Billions(partly.Sum(p => p.BaseUsd - p.BaseQuantifiedUsd))} bn in {First(answer)}, {Numbers.Billions(partly.Sum(p => p.UnquantifiedUsd))} bn in {Last(answer)}): kept in their value, left out of volume and unit value."));
        }

        notes.Add("Laspeyres weighs by the first year's prices or quantities, Paasche by the second's; Fisher is their geometric mean, and Fisher volume times Fisher price is the change in the covered value. A unit value (US$ per tonne for weights) moves with prices and with the mix of goods inside a line.");
        if (ReleaseWording.LinesFrom(answer.Releases) is { Length: > 0 } releases)
        {
            notes.Add(releases);
        }

        return notes;
    }

    private static string Label(int year, int? through) =>
        through is { } m ? ProductsWording.YearThrough(year, m) : year.ToString(CultureInfo.InvariantCulture);

    private static string Share(decimal part, decimal whole) => whole > 0m ? Invariant($"{part / whole * 100m:0.0}% of the lines") : "of no lines";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
