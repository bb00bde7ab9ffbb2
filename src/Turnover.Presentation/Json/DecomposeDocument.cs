using Turnover.Application;
using Turnover.Presentation.Wording;

namespace Turnover.Presentation.Json;

/// <summary><c>turnover decompose --format json</c>: contract <c>turnover.decompose/2</c> (docs/json-contract.md).</summary>
/// <param name="Contract">"turnover.decompose/2".</param>
/// <param name="Reporter">Whose statistics (for a reconciled source, the first country).</param>
/// <param name="Partner">The other country.</param>
/// <param name="Source">The publisher of the lines.</param>
/// <param name="Level">"chapter", "heading" or "product".</param>
/// <param name="Within">The HS code the lines were restricted to; null for all.</param>
/// <param name="AsOf">The date the answer is as of; null for everything stored.</param>
/// <param name="Currency">"USD": every <c>…Usd</c> amount.</param>
/// <param name="BaseYear">The first year.</param>
/// <param name="Year">The last year.</param>
/// <param name="Products">Each product, flow and unit from the first year to the last (not chained).</param>
/// <param name="Links">The year-on-year links.</param>
/// <param name="Chained">The links multiplied together; its indices null where a link has nothing comparable.</param>
/// <param name="Notes">The sentences the table prints.</param>
/// <param name="Top">The lines whose value changed most and the rest summed (<c>--top</c>); null without it. Additive.</param>
/// <param name="Releases">The releases whose lines were summed. Additive.</param>
/// <param name="ThroughMonth">Where the last year is in progress, the month it reaches: the first year and the last link's first year are over the same months; null for whole years.</param>
internal sealed record DecomposeDocument(
    string Contract,
    CountryJson Reporter,
    CountryJson Partner,
    SourceJson Source,
    string Level,
    string? Within,
    string? AsOf,
    string Currency,
    int BaseYear,
    int Year,
    IReadOnlyList<PriceVolumeJson> Products,
    IReadOnlyList<IndexLinkJson> Links,
    ChainedJson Chained,
    IReadOnlyList<string> Notes,
    TopLinesJson? Top,
    int? ThroughMonth,
    IReadOnlyList<ReleaseRefJson> Releases)
{
    public const string Name = "turnover.decompose/2";

    public static DecomposeDocument From(DecomposeAnswer answer, DateOnly? asOf) => new(
        Name,
        CountryJson.From(answer.Reporter),
        CountryJson.From(answer.Partner),
        SourceJson.From(answer.Source),
        ProductsWording.Level(answer.Level),
        answer.Within?.ToString(),
        JsonDates.Date(asOf),
        "USD",
        answer.BaseYear,
        answer.Year,
        [.. answer.Products.Select(PriceVolumeJson.From)],
        [.. answer.Links.Select(IndexLinkJson.From)],
        new ChainedJson(Change(answer.ChainedComparableValueRatio), IndicesJson.From(answer.ChainedVolume), IndicesJson.From(answer.ChainedPrice)),
        [.. new[] { DecomposeWording.Listed(answer) }.Where(n => n.Length > 0), .. DecomposeWording.Notes(answer)],
        answer.Largest is { } largest ? TopLinesJson.From(largest) : null,
        answer.ThroughMonth,
        ReleaseRefJson.Of(answer.Releases));

    internal static decimal? Change(double? ratio) => JsonNumbers.Percent(ratio is { } r ? (r - 1d) * 100d : null);
}

/// <summary>One product, flow and unit in the first and the last year.</summary>
/// <param name="Code">The HS code with its leading zeros.</param>
/// <param name="Digits">2, 4 or 6.</param>
/// <param name="Flow">"exports" or "imports", from the reporter's side.</param>
/// <param name="Unit">"t" for weights, else the source's unit; null for lines without a quantity.</param>
/// <param name="BaseUsd">Value in the first year (0 without a line).</param>
/// <param name="Usd">Value in the last year.</param>
/// <param name="BaseQuantity">Quantity in the first year, 3 decimals; null without one.</param>
/// <param name="Quantity">Quantity in the last year.</param>
/// <param name="BaseUsdPerUnit">Unit value in the first year; null without a quantity above zero.</param>
/// <param name="UsdPerUnit">Unit value in the last year.</param>
/// <param name="ValueChangePct">Change in value, percent; null where the first year is zero.</param>
/// <param name="VolumeChangePct">Change in quantity, percent; null unless comparable.</param>
/// <param name="UnitValueChangePct">Change in unit value, percent; null unless comparable.</param>
/// <param name="Comparability">"comparable", "noQuantity", "oneYearOnly", "zeroQuantity", "monthsDiffer", "unitsDiffer" or "filesEnd".</param>
/// <param name="Name">The product's name where known (a commodity's own, the bundled HS 6-digit table's, Wind's); else null. Additive.</param>
internal sealed record PriceVolumeJson(
    string Code, int Digits, string Flow, string? Unit, decimal BaseUsd, decimal Usd, double? BaseQuantity, double? Quantity,
    decimal? BaseUsdPerUnit, decimal? UsdPerUnit, decimal? ValueChangePct, decimal? VolumeChangePct, decimal? UnitValueChangePct, string Comparability, string? Name)
{
    public static PriceVolumeJson From(PriceVolumeChange c) => new(
        c.Product.ToString(), c.Product.Digits, ProductsWording.FlowName(c.Flow), c.Unit, JsonNumbers.Usd(c.BaseUsd), JsonNumbers.Usd(c.Usd),
        Round(c.BaseQuantity), Round(c.Quantity), JsonNumbers.Usd(c.BaseUsdPerUnit), JsonNumbers.Usd(c.UsdPerUnit),
        JsonNumbers.Percent(c.ValueChangePercent), JsonNumbers.Percent(c.VolumeChangePercent), JsonNumbers.Percent(c.UnitValueChangePercent),
        DecomposeWording.Code(c.Comparability), c.Name);

    private static double? Round(double? quantity) => quantity is { } q ? Math.Round(q, 3) : null;
}

/// <summary>The lines whose value changed most, and the others summed: the listed lines plus the others are all lines.</summary>
/// <param name="Asked">The N of <c>--top</c>.</param>
/// <param name="Lines">At most N lines (as in <c>products</c>), by the absolute change in value, largest first.</param>
/// <param name="Others">The lines not listed, summed.</param>
internal sealed record TopLinesJson(int Asked, IReadOnlyList<PriceVolumeJson> Lines, OtherLinesJson Others)
{
    public static TopLinesJson From(LargestChanges largest) => new(
        largest.Top,
        [.. largest.Lines.Select(PriceVolumeJson.From)],
        new OtherLinesJson(largest.Others.Count, JsonNumbers.Usd(largest.Others.BaseUsd), JsonNumbers.Usd(largest.Others.Usd), JsonNumbers.Usd(largest.Others.ChangeUsd), JsonNumbers.Percent(largest.Others.ValueChangePercent)));
}

/// <summary>The lines a bounded decomposition does not list, summed.</summary>
/// <param name="Lines">How many lines (product, flow and unit); 0 when every line is listed.</param>
/// <param name="BaseUsd">Their value in the first year.</param>
/// <param name="Usd">Their value in the last year.</param>
/// <param name="ChangeUsd">Usd − baseUsd.</param>
/// <param name="ValueChangePct">Their change in value, percent; null where the first year is zero.</param>
internal sealed record OtherLinesJson(int Lines, decimal BaseUsd, decimal Usd, decimal ChangeUsd, decimal? ValueChangePct);

/// <summary>One year-on-year link.</summary>
/// <param name="BaseYear">Its first year.</param>
/// <param name="Year">Its second year.</param>
/// <param name="BaseUsd">All lines' value in the first year.</param>
/// <param name="Usd">All lines' value in the second year.</param>
/// <param name="ComparableBaseUsd">The comparable products' quantified value in the first year.</param>
/// <param name="ComparableUsd">The same in the second year.</param>
/// <param name="ComparableValueChangePct">Change of the comparable value, percent (Fisher volume × Fisher price).</param>
/// <param name="Volume">Volume indices as changes in percent; null where nothing is comparable.</param>
/// <param name="Price">Unit value indices as changes in percent.</param>
internal sealed record IndexLinkJson(
    int BaseYear, int Year, decimal BaseUsd, decimal Usd, decimal ComparableBaseUsd, decimal ComparableUsd, decimal? ComparableValueChangePct, IndicesJson? Volume, IndicesJson? Price)
{
    public static IndexLinkJson From(IndexLink l) => new(
        l.BaseYear, l.Year, JsonNumbers.Usd(l.BaseUsd), JsonNumbers.Usd(l.Usd), JsonNumbers.Usd(l.ComparableBaseUsd), JsonNumbers.Usd(l.ComparableUsd),
        DecomposeDocument.Change(l.ComparableValueRatio), IndicesJson.From(l.Volume), IndicesJson.From(l.Price));
}

/// <summary>The links multiplied together.</summary>
/// <param name="ComparableValueChangePct">The chained change of the comparable value, percent.</param>
/// <param name="Volume">Chained volume indices as changes in percent.</param>
/// <param name="Price">Chained unit value indices as changes in percent.</param>
internal sealed record ChainedJson(decimal? ComparableValueChangePct, IndicesJson? Volume, IndicesJson? Price);

/// <summary>A Laspeyres, a Paasche and a Fisher index, each as a change in percent (0 = unchanged), 4 decimals.</summary>
/// <param name="LaspeyresPct">Weighted by the first year.</param>
/// <param name="PaaschePct">Weighted by the second year.</param>
/// <param name="FisherPct">Their geometric mean.</param>
internal sealed record IndicesJson(decimal? LaspeyresPct, decimal? PaaschePct, decimal? FisherPct)
{
    public static IndicesJson? From(IndexNumbers? i) => i is null
        ? null
        : new(DecomposeDocument.Change(i.Laspeyres), DecomposeDocument.Change(i.Paasche), DecomposeDocument.Change(i.Fisher));
}
