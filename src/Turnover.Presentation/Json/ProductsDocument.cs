using Turnover.Application;
using Turnover.Presentation.Wording;

namespace Turnover.Presentation.Json;

/// <summary><c>turnover products --format json</c>: contract <c>turnover.products/2</c> (docs/json-contract.md).</summary>
/// <param name="Contract">"turnover.products/2".</param>
/// <param name="Reporter">Whose statistics (for a reconciled source, the first country).</param>
/// <param name="Partner">The other country.</param>
/// <param name="Source">The publisher of the lines.</param>
/// <param name="Level">"chapter", "heading" or "product".</param>
/// <param name="AsOf">The date the answer is as of; null for everything stored.</param>
/// <param name="Currency">"USD": every <c>…Usd</c> amount.</param>
/// <param name="BaseYear">The base year's figures; null where no line of it is stored.</param>
/// <param name="Year">The year shown.</param>
/// <param name="ShareBasis">"total" (the all-goods turnover) or "lines" (the stored lines' sum).</param>
/// <param name="Products">Every product, by value in the year shown.</param>
/// <param name="Risers">The largest rises in value.</param>
/// <param name="Fallers">The largest falls in value.</param>
/// <param name="Notes">The coverage and basis sentences the table prints.</param>
/// <param name="Breakdown">The parts of the year's totals by the dimension of <c>--by</c>; null without <c>--by</c>.</param>
/// <param name="BaseWholeYearUsd">Where the base year was cut to the months the year shown has reached, its whole-year lines; else null.</param>
/// <param name="Releases">The releases whose lines were summed. Additive.</param>
internal sealed record ProductsDocument(
    string Contract,
    CountryJson Reporter,
    CountryJson Partner,
    SourceJson Source,
    string Level,
    string? AsOf,
    string Currency,
    ProductsYearJson? BaseYear,
    ProductsYearJson Year,
    string ShareBasis,
    IReadOnlyList<ProductChangeJson> Products,
    IReadOnlyList<ProductChangeJson> Risers,
    IReadOnlyList<ProductChangeJson> Fallers,
    IReadOnlyList<string> Notes,
    BreakdownJson? Breakdown,
    decimal? BaseWholeYearUsd,
    IReadOnlyList<ReleaseRefJson> Releases)
{
    public const string Name = "turnover.products/2";

    public static ProductsDocument From(ProductsAnswer answer, DateOnly? asOf) => new(
        Name,
        CountryJson.From(answer.Reporter),
        CountryJson.From(answer.Partner),
        SourceJson.From(answer.Source),
        ProductsWording.Level(answer.Level),
        JsonDates.Date(asOf),
        "USD",
        answer.Base is { } b ? ProductsYearJson.From(b) : null,
        ProductsYearJson.From(answer.Shown),
        answer.ShareOfTotal ? "total" : "lines",
        [.. answer.Products.Select(ProductChangeJson.From)],
        [.. answer.Risers.Select(ProductChangeJson.From)],
        [.. answer.Fallers.Select(ProductChangeJson.From)],
        NotesOf(answer),
        answer.Breakdown is { } breakdown ? BreakdownJson.From(answer, breakdown) : null,
        JsonNumbers.Usd(answer.BaseWholeYearUsd),
        ReleaseRefJson.Of(answer.Releases));

    public static IReadOnlyList<string> NotesOf(ProductsAnswer answer) =>
        [.. new[] { answer.Base is { } b ? ProductsWording.Coverage(answer, b) : string.Empty, ProductsWording.Coverage(answer, answer.Shown), ProductsWording.Basis(answer), ProductsWording.SameMonths(answer), ProductsWording.Unequal(answer), ProductsWording.LineMonths(answer), ProductsWording.FilesEnd(answer), ReleaseWording.LinesFrom(answer.Releases) }
            .Where(n => n.Length > 0)];
}

/// <summary>One year's lines against the all-goods total.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="LinesUsd">The lines' sum.</param>
/// <param name="TotalUsd">The all-goods turnover of the same source and reporter; null where none is stored.</param>
/// <param name="CoveredPct">The lines' share of it, percent, 4 decimals; null without a total.</param>
/// <param name="Months">Months of the year the lines cover.</param>
/// <param name="Flows">"exports", "imports": the flows with lines.</param>
/// <param name="ThroughMonth">The last month the lines reach where they do not cover the whole year; null for a whole year.</param>
internal sealed record ProductsYearJson(int Year, decimal LinesUsd, decimal? TotalUsd, decimal? CoveredPct, int Months, IReadOnlyList<string> Flows, int? ThroughMonth)
{
    public static ProductsYearJson From(ProductsYear y) =>
        new(y.Year, JsonNumbers.Usd(y.LinesUsd), JsonNumbers.Usd(y.TotalUsd), JsonNumbers.Percent(y.CoveredPercent), y.Months, [.. y.Flows.Select(ProductsWording.FlowName)], y.ThroughMonth);
}

/// <summary>One product in the two years.</summary>
/// <param name="Code">The HS code with its leading zeros ("2709").</param>
/// <param name="Digits">2, 4 or 6.</param>
/// <param name="BaseUsd">Value in the base year (0 without a line).</param>
/// <param name="Usd">Value in the year shown.</param>
/// <param name="SharePct">Share of the year's basis, percent, 4 decimals.</param>
/// <param name="ChangePct">Growth on the base year, percent; null where the base is zero.</param>
/// <param name="ContributionPp">Change over the base year's basis, percentage points.</param>
/// <param name="Name">The product's name where known (a commodity's own, the bundled HS 6-digit table's, Wind's); else null. Additive.</param>
/// <param name="ExactHs">For a commodity (FAO's), the HS 6-digit line that is exactly the same goods ("030475"); else null. Additive.</param>
internal sealed record ProductChangeJson(string Code, int Digits, decimal BaseUsd, decimal Usd, decimal? SharePct, decimal? ChangePct, decimal? ContributionPp, string? Name, string? ExactHs)
{
    /// <summary>The last month the product's lines reach in the year shown; null without lines. Added 6 December 2026.</summary>
    public int? LastMonth { get; init; }

    /// <summary>The same in the base year (after any cut to the year shown's months); null without lines. Added 6 December 2026.</summary>
    public int? BaseLastMonth { get; init; }

    /// <summary>Where the product has no line in the year shown because the files holding its lines end before it, their last month ("2022-11"); else null. Added 6 December 2026.</summary>
    public string? FilesEnd { get; init; }

    /// <summary>For a chapter or heading, the finer lines inside it whose files end before the year shown (<c>code</c>, <c>filesEnd</c>); empty otherwise. Added 6 December 2026.</summary>
    public IReadOnlyList<EndedLineJson> EndedInside { get; init; } = [];

    /// <summary>For a chapter or heading whose own last months agree, the finer lines inside it whose last months differ between the two years (<c>code</c>, <c>lastMonth</c>, <c>baseLastMonth</c>); empty otherwise. Added 6 December 2026.</summary>
    public IReadOnlyList<UnequalLineJson> UnequalInside { get; init; } = [];

    public static ProductChangeJson From(ProductChange c) => new(
        c.Product.ToString(), c.Product.Digits, JsonNumbers.Usd(c.BaseUsd), JsonNumbers.Usd(c.Usd),
        JsonNumbers.Percent(c.SharePercent), JsonNumbers.Percent(c.ChangePercent), JsonNumbers.Percent(c.ContributionPoints), c.Name, c.ExactHs?.ToString())
    {
        LastMonth = c.LastMonth,
        BaseLastMonth = c.BaseLastMonth,
        FilesEnd = c.FilesEnd?.ToString(),
        EndedInside = [.. c.EndedInside.Select(e => new EndedLineJson(e.Product.ToString(), e.FilesEnd.ToString()))],
        UnequalInside = [.. c.UnequalInside.Select(u => new UnequalLineJson(u.Product.ToString(), u.LastMonth, u.BaseLastMonth))],
    };
}

/// <summary>A finer line whose lines end in different months of the two years.</summary>
/// <param name="Code">Its product code.</param>
/// <param name="LastMonth">The last month (1–12) its lines reach in the year shown.</param>
/// <param name="BaseLastMonth">The same in the base year.</param>
internal sealed record UnequalLineJson(string Code, int LastMonth, int BaseLastMonth);

/// <summary>A finer line whose files end before the year shown.</summary>
/// <param name="Code">Its product code.</param>
/// <param name="FilesEnd">The last month its files reach ("2022-11").</param>
internal sealed record EndedLineJson(string Code, string FilesEnd);

/// <summary>The parts of the year's totals by one dimension (<c>--by</c>).</summary>
/// <param name="By">"customs", "mot" or "partner2".</param>
/// <param name="Year">The year shown.</param>
/// <param name="Groups">One per flow and product with parts stored; empty when none is stored.</param>
/// <param name="OtherParts">Parts of the same totals by another dimension or several at once: not listed.</param>
/// <param name="Notes">The sentences the table prints under the breakdown.</param>
internal sealed record BreakdownJson(string By, int Year, IReadOnlyList<BreakdownGroupJson> Groups, int OtherParts, IReadOnlyList<string> Notes)
{
    public static BreakdownJson From(ProductsAnswer answer, ProductBreakdown b) =>
        new(BreakdownWording.Option(b.Dimension), b.Year, [.. b.Groups.Select(BreakdownGroupJson.From)], b.OtherParts, BreakdownWording.Notes(answer, b));
}

/// <summary>One total and its parts.</summary>
/// <param name="Flow">"exports" or "imports", from the reporter's side.</param>
/// <param name="Code">The HS code, or "TOTAL" for all goods.</param>
/// <param name="Digits">2, 4 or 6; 0 for all goods.</param>
/// <param name="TotalUsd">The stored total; null where the file gave only its parts (never derived).</param>
/// <param name="PartsUsd">The parts' sum.</param>
/// <param name="CoveredPct">The parts' sum over the total, percent, 4 decimals; null without a total.</param>
/// <param name="Parts">By value, largest first.</param>
internal sealed record BreakdownGroupJson(string Flow, string Code, int Digits, decimal? TotalUsd, decimal PartsUsd, decimal? CoveredPct, IReadOnlyList<BreakdownPartJson> Parts)
{
    public static BreakdownGroupJson From(BreakdownGroup g) => new(
        ProductsWording.FlowName(g.Flow), g.Product.IsTotal ? "TOTAL" : g.Product.ToString(), g.Product.Digits, JsonNumbers.Usd(g.TotalUsd),
        JsonNumbers.Usd(g.PartsUsd), JsonNumbers.Percent(g.CoveredPercent), [.. g.Parts.Select(BreakdownPartJson.From)]);
}

/// <summary>One part.</summary>
/// <param name="Code">The code as the file gives it ("2100", "C01", "344").</param>
/// <param name="Description">The file's description; "" where it gives none.</param>
/// <param name="Usd">Its value.</param>
/// <param name="SharePct">Its share of the total, percent, 4 decimals; null without a total.</param>
internal sealed record BreakdownPartJson(string Code, string Description, decimal Usd, decimal? SharePct)
{
    public static BreakdownPartJson From(BreakdownPart p) => new(p.Code.Code, p.Code.Description, JsonNumbers.Usd(p.Usd), JsonNumbers.Percent(p.SharePercent));
}
