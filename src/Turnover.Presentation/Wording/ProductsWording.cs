using System.Globalization;
using Turnover.Application;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>The sentences <c>turnover products</c> and <c>turnover suppliers</c> print, shared by table and JSON.</summary>
internal static class ProductsWording
{
    public static string Level(ProductLevel level) => level switch
    {
        ProductLevel.Chapter => "chapter",
        ProductLevel.Heading => "heading",
        _ => "product",
    };

    /// <summary>A product as a sentence names it: "HS 2709", or "commodity 'Alaska pollock fillets, frozen'".</summary>
    public static string Named(Product product) => product.IsCommodity ? $"commodity '{product.Name}'" : $"HS {product}";

    /// <summary>As <see cref="Named(Product)"/>, with a known name after an HS code: "HS 2709 (Crude Oil)".</summary>
    public static string Named(Product product, string? name) =>
        !product.IsCommodity && name is not null ? $"HS {product} ({name})" : Named(product);

    /// <summary>
    /// The line under a table that names its HS codes ("Names: 2709 Crude Oil; 2701 Coal."), each once, in the table's
    /// order; empty when no code has a known name (a commodity's name is its code already).
    /// </summary>
    public static string NamesLine(IEnumerable<(Product Product, string? Name)> lines)
    {
        var named = lines.Where(l => !l.Product.IsCommodity && l.Name is not null).Select(l => $"{l.Product} {l.Name}").Distinct(StringComparer.Ordinal).ToList();
        return named.Count == 0 ? string.Empty : $"Names: {string.Join("; ", named)}.";
    }

    /// <summary>
    /// The line under a table of commodities that says which are exactly an HS line, so that their figures compare
    /// with HS figures ("Exact HS lines: Alaska pollock fillets, frozen = HS 030475 (among the other(s)); none of
    /// the other 21 commodities is known to be exactly one."); empty when no line is a commodity.
    /// </summary>
    /// <param name="products">Every line of the answer, in the table's order.</param>
    /// <param name="listed">How many of them the table lists (the rest are its "other(s)" row).</param>
    public static string ExactHsLine(IReadOnlyList<ProductChange> products, int listed)
    {
        var commodities = products.Select((p, i) => (Change: p, Listed: i < listed)).Where(p => p.Change.Product.IsCommodity).ToList();
        if (commodities.Count == 0)
        {
            return string.Empty;
        }

        var exact = commodities.Where(c => c.Change.ExactHs is not null).ToList();
        if (exact.Count == 0)
        {
            return Invariant($"Exact HS lines: none of the {commodities.Count} commodities is known to be exactly one HS line (most commodities are a part of one or span several).");
        }

        var named = string.Join("; ", exact.Select(c => $"{c.Change.Product} = HS {c.Change.ExactHs}{(c.Listed ? string.Empty : " (among the other(s))")}"));
        var rest = commodities.Count - exact.Count;
        return rest == 0
            ? $"Exact HS lines: {named}."
            : Invariant($"Exact HS lines: {named}; none of the other {rest} commodities is known to be exactly one.");
    }

    /// <summary>
    /// What the lines are listed by: "HS product" (the level asked); "FAO commodity" when every line is a commodity of
    /// a classification of its own (kept at its own level, whatever the level asked); both when mixed.
    /// </summary>
    public static string ListedBy(IEnumerable<Product> products, ProductLevel level)
    {
        var list = products.ToList();
        var commodities = list.Where(p => p.IsCommodity).Select(p => p.Classification ?? "other").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var commodity = commodities.Count == 0 ? null : $"{string.Join("/", commodities)} commodity";
        return commodity is null ? $"HS {Level(level)}"
            : list.All(p => p.IsCommodity) ? commodity
            : $"HS {Level(level)} and {commodity}";
    }

    /// <summary>The heading of a table's product column: "HS", or "commodity" when every line is one.</summary>
    public static string Column(IEnumerable<Product> products)
    {
        var list = products.ToList();
        return list.Count > 0 && list.All(p => p.IsCommodity) ? "commodity" : "HS";
    }

    public static string FlowName(Flow flow) => flow == Flow.Export ? "exports" : "imports";

    /// <summary>
    /// A year as a table heads it: "2022 Jan–Nov" where its lines run from January to a month without a gap, else the
    /// year alone (the coverage sentence says how many months a year with gaps has).
    /// </summary>
    public static string YearLabel(ProductsYear year) =>
        year.ThroughMonth is { } through && year.Months == through ? YearThrough(year.Year, through) : year.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A year from January to a month: "2022 Jan–Nov", "2022 Jan".</summary>
    public static string YearThrough(int year, int through) =>
        Invariant($"{year} {MonthNames.Abbreviated(1)}{(through > 1 ? "–" + MonthNames.Abbreviated(through) : string.Empty)}");

    /// <summary>
    /// The sentence that says a base year was cut to the months a year in progress has reached, with the whole year's
    /// figure where one is given.
    /// </summary>
    /// <param name="baseYears">The years cut (each once; a decomposition's first year and its last link's).</param>
    /// <param name="year">The year in progress.</param>
    /// <param name="through">The month it reaches.</param>
    /// <param name="wholeBaseUsd">The one base year's whole-year figure, where given.</param>
    public static string SameMonths(IReadOnlyList<int> baseYears, int year, int through, decimal? wholeBaseUsd)
    {
        var years = baseYears.Distinct().Order().ToList();
        var named = string.Join(" and ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var whole = wholeBaseUsd is { } usd && years.Count == 1 ? Invariant($" (the whole of {years[0]}: {Numbers.Billions(usd)} bn)") : string.Empty;
        return Invariant($"{named} {(years.Count == 1 ? "is" : "are")} taken over {MonthNames.JanuaryTo(through)} only, the months {year} has reached, so that the year in progress is compared with the same months{whole}.");
    }

    /// <summary>
    /// Where the base year was cut to the months the year shown has reached, says so and gives the whole year's figure
    /// beside it; else empty.
    /// </summary>
    public static string SameMonths(ProductsAnswer answer) =>
        answer is { Base: { } b, BaseWholeYearUsd: { } whole, Shown.ThroughMonth: { } through }
            ? SameMonths([b.Year], answer.Shown.Year, through, whole)
            : string.Empty;

    /// <summary>What the lines cover: the share of the all-goods total, or plainly that no total is there to tell.</summary>
    public static string Coverage(ProductsAnswer answer, ProductsYear year)
    {
        var flows = year.Flows.Count == 2 ? "exports and imports" : $"{FlowName(year.Flows[0])} only";
        var label = YearLabel(year);
        var months = year.Months == 12 || label.Length > 4 ? string.Empty : $" ({year.Months} months)";
        return year.CoveredPercent is { } covered
            ? Invariant($"{label}{months}: the stored lines ({flows}) add up to {Numbers.Billions(year.LinesUsd)} bn, {covered:0.0}% of the all-goods turnover of {Numbers.Billions(year.TotalUsd)} bn ({SourceNames.Describe(answer.Source)}).")
            : year.Months != 12
                ? Invariant($"{label}{months}: the stored lines ({flows}) add up to {Numbers.Billions(year.LinesUsd)} bn; they cover {year.Months} months of the year, so no share of the year's all-goods total is given.")
                : Invariant($"{label}{months}: the stored lines ({flows}) add up to {Numbers.Billions(year.LinesUsd)} bn; no all-goods total of {SourceNames.Describe(answer.Source)} is stored for the year, so how much of the pair's trade they cover is not known.");
    }

    public static string Basis(ProductsAnswer answer) => answer.ShareOfTotal
        ? "Shares and contributions are of the all-goods turnover."
        : "Shares and contributions are of the stored lines' sum, not of the pair's total trade.";

    public static string Unequal(ProductsAnswer answer) =>
        answer.Base is { } b && b.Months != answer.Shown.Months
            ? Invariant($"The years compared are unequal: {b.Year} has lines for {b.Months} months, {answer.Shown.Year} for {answer.Shown.Months}.")
            : string.Empty;

    /// <summary>
    /// Products whose lines end in different months of the two years (a file of one origin that stops in November, the
    /// rest running to December): their change compares unequal spans, which the year's months alone do not show; and
    /// the chapters or headings whose own months agree but hold such finer lines (<see cref="ProductChange.UnequalInside"/>).
    /// The largest five by value, and how many more; empty where none.
    /// </summary>
    public static string LineMonths(ProductsAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Base is not { } b)
        {
            return string.Empty;
        }

        const int Named = 5;
        string Span(Product product, int last, int baseLast) =>
            Invariant($"{product} {answer.Shown.Year} to {MonthNames.Full(last)}, {b.Year} to {MonthNames.Full(baseLast)}");
        var unequal = answer.Products
            .Select(p => p is { LastMonth: { } last, BaseLastMonth: { } baseLast } && last != baseLast ? Span(p.Product, last, baseLast)
                : p.UnequalInside.Count > 0 ? Invariant($"{p.Product} (inside it: {string.Join("; ", p.UnequalInside.Select(u => Span(u.Product, u.LastMonth, u.BaseLastMonth)))})")
                : null)
            .OfType<string>()
            .ToList();
        if (unequal.Count == 0)
        {
            return string.Empty;
        }

        var named = unequal.Take(Named);
        var more = unequal.Count > Named ? Invariant($" and {unequal.Count - Named} more") : string.Empty;
        return $"Lines that end in different months of the two years: {string.Join("; ", named)}{more}. Their change compares unequal spans "
            + "(a file or series that stops earlier, or no trade in the months after).";
    }

    /// <summary>
    /// Products with lines in the base year and none in the year shown, whose files end before it: not known there, not
    /// zero (<see cref="ProductChange.FilesEnd"/>); and the chapters or headings that hold such lines. Empty where none.
    /// </summary>
    public static string FilesEnd(ProductsAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Base is not { } b)
        {
            return string.Empty;
        }

        var sentences = new List<string>();
        var ended = answer.Products.Where(p => p.FilesEnd is not null).ToList();
        if (ended.Count > 0)
        {
            var named = ended.Select(p => Invariant($"{p.Product} (its files end in {Month(p.FilesEnd!.Value)}; {YearLabel(b)}: {Numbers.Millions(p.BaseUsd)} m)"));
            sentences.Add($"No line in {YearLabel(answer.Shown)} of {string.Join(", ", named)}: the files that hold its lines end before, so it is not known "
                + "there, not a fall to zero; no change or contribution is given, and it is not listed among the fallers.");
        }

        var holding = answer.Products.Where(p => p.EndedInside.Count > 0).ToList();
        if (holding.Count > 0)
        {
            var named = holding.Select(p => $"{p.Product} holds {string.Join(", ", p.EndedInside.Select(e => $"{e.Product} (its files end in {Month(e.FilesEnd)})"))}");
            sentences.Add($"{string.Join("; ", named)}: no line of it in {YearLabel(answer.Shown)}, where it is not known, so the change compares it in "
                + $"{YearLabel(b)} only.");
        }

        if (sentences.Count > 0)
        {
            sentences.Add("The lines' sums hold such lines' earlier value.");
        }

        return string.Join(" ", sentences);

        static string Month(Period month) => $"{MonthNames.Full(month.EndMonth)} {month.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
