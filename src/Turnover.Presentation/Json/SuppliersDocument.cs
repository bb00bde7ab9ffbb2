using Turnover.Application;

namespace Turnover.Presentation.Json;

/// <summary><c>turnover suppliers --format json</c>: contract <c>turnover.suppliers/1</c> (docs/json-contract.md).</summary>
/// <param name="Contract">"turnover.suppliers/1".</param>
/// <param name="Importer">The importing country.</param>
/// <param name="Product">The HS code asked, with its leading zeros.</param>
/// <param name="Source">The publisher of the lines.</param>
/// <param name="AsOf">The date the answer is as of; null for everything stored.</param>
/// <param name="Currency">"USD": every <c>…Usd</c> amount.</param>
/// <param name="Markets">One per year: the world figure where stored and the origins' sum; shares are of <c>basisUsd</c>.</param>
/// <param name="Origins">The listed origins, largest in the last year first.</param>
/// <param name="Others">The origins not listed, summed per year; <c>otherOrigins</c> says how many.</param>
/// <param name="OtherOrigins">How many origins <c>others</c> sums.</param>
/// <param name="ProductName">The product's name where known; else null. Additive.</param>
/// <param name="ProductExactHs">For a commodity (FAO's), the HS 6-digit line that is exactly the same goods; else null. Additive.</param>
/// <param name="Releases">The releases whose lines were summed. Additive.</param>
internal sealed record SuppliersDocument(
    string Contract,
    CountryJson Importer,
    string Product,
    SourceJson Source,
    string? AsOf,
    string Currency,
    IReadOnlyList<SupplierMarketJson> Markets,
    IReadOnlyList<SupplierOriginJson> Origins,
    IReadOnlyList<SupplierYearJson> Others,
    int OtherOrigins,
    string? ProductName,
    string? ProductExactHs,
    IReadOnlyList<ReleaseRefJson> Releases)
{
    public const string Name = "turnover.suppliers/1";

    public static SuppliersDocument From(SuppliersAnswer answer, DateOnly? asOf) => new(
        Name,
        CountryJson.From(answer.Importer),
        answer.Product.ToString(),
        SourceJson.From(answer.Source),
        JsonDates.Date(asOf),
        "USD",
        [.. answer.Markets.Select(SupplierMarketJson.From)],
        [.. answer.Origins.Select(o => new SupplierOriginJson(CountryJson.From(o[0].Origin), [.. o.Select(SupplierYearJson.From)]))],
        [.. answer.Others.Select(SupplierYearJson.From)],
        answer.OtherOrigins,
        answer.ProductName,
        answer.ProductExactHs?.ToString(),
        ReleaseRefJson.Of(answer.Releases));
}

/// <summary>The importer's market in one year.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="WorldUsd">Imports of the product from the world as published (partner World); null where none is stored.</param>
/// <param name="OriginsUsd">The sum over the origins stored.</param>
/// <param name="BasisUsd">What shares are of: <c>worldUsd</c> where it covers every product the origins have lines of, else <c>originsUsd</c>.</param>
/// <param name="Months">Months of the year the lines cover.</param>
/// <param name="Shortfalls">Origins with lines the year before and fewer months this year, largest the year before first. Additive.</param>
internal sealed record SupplierMarketJson(int Year, decimal? WorldUsd, decimal OriginsUsd, decimal BasisUsd, int Months, IReadOnlyList<SupplierShortfallJson> Shortfalls)
{
    /// <summary>Products the origins have lines of and the world figure does not cover (then <c>basisUsd</c> is <c>originsUsd</c>); added 6 December 2026.</summary>
    public IReadOnlyList<string> WorldLacks { get; init; } = [];

    /// <summary>Months the market the shares are of covers (January to <c>throughMonth</c> where set). Added 6 December 2026.</summary>
    public int ShareMonths { get; init; }

    /// <summary>Where lines run past the months the shares are over, the last of them (lines past it read again through it); else null. Added 6 December 2026.</summary>
    public int? ThroughMonth { get; init; }

    /// <summary>Where the world figure runs past <c>throughMonth</c>, its value through it (then <c>basisUsd</c>); else null. Added 6 December 2026.</summary>
    public decimal? WorldThroughUsd { get; init; }

    /// <summary>Where there are no shares because the origins' sum is only what is left of them, the percent of the year before's sum their lapsed origins were; else null. Added 6 December 2026.</summary>
    public decimal? LapsedPct { get; init; }

    /// <summary>Where origins worth 5 % or more of the year before's sum have no line because their files end, world figure or not, that percent; else null. Added 6 December 2026.</summary>
    public decimal? FilesEndPct { get; init; }

    public static SupplierMarketJson From(SupplierMarket m) => new(
        m.Year, JsonNumbers.Usd(m.WorldUsd), JsonNumbers.Usd(m.OriginsUsd), JsonNumbers.Usd(m.BasisUsd), m.Months,
        [.. m.Shortfalls.Select(s => new SupplierShortfallJson(CountryJson.From(s.Origin), s.Months, JsonNumbers.Usd(s.PreviousYearUsd)))])
    {
        WorldLacks = [.. m.WorldLacks.Select(p => p.ToString())],
        ShareMonths = m.ShareMonths,
        ThroughMonth = m.ThroughMonth,
        WorldThroughUsd = JsonNumbers.Usd(m.WorldThroughUsd),
        LapsedPct = JsonNumbers.Percent(m.LapsedPercent),
        FilesEndPct = JsonNumbers.Percent(m.FilesEndPercent),
    };
}

/// <summary>An origin whose lines stop or thin out in a year.</summary>
/// <param name="Origin">The exporting country.</param>
/// <param name="Months">Months of the year its lines cover (0: none).</param>
/// <param name="PreviousYearUsd">Its value the year before.</param>
internal sealed record SupplierShortfallJson(CountryJson Origin, int Months, decimal PreviousYearUsd);

/// <summary>One origin over the years.</summary>
/// <param name="Origin">The exporting country.</param>
/// <param name="Years">Its years with lines, ascending.</param>
internal sealed record SupplierOriginJson(CountryJson Origin, IReadOnlyList<SupplierYearJson> Years);

/// <summary>One origin (or the others) in one year.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="ValueUsd">Value.</param>
/// <param name="SharePct">Share of the year's basis, percent, 4 decimals.</param>
/// <param name="Quantities">One per unit, never added across units: weights in tonnes ("t").</param>
/// <param name="UnquantifiedUsd">Value of the lines without a quantity or with a quantity of zero.</param>
/// <param name="Months">Months of the year the lines cover.</param>
internal sealed record SupplierYearJson(int Year, decimal ValueUsd, decimal? SharePct, IReadOnlyList<SupplierQuantityJson> Quantities, decimal UnquantifiedUsd, int Months)
{
    /// <summary>Where the lines run past the months the year's shares are over, what the share is of; else null. Added 6 December 2026.</summary>
    public SupplierShareOnJson? ShareOn { get; init; }

    public static SupplierYearJson From(SupplierYear y) => new(
        y.Year, JsonNumbers.Usd(y.ValueUsd), JsonNumbers.Percent(y.SharePercent),
        [.. y.Quantities.Select(q => new SupplierQuantityJson(q.Unit, Math.Round(q.Amount, 3), JsonNumbers.Usd(q.QuantifiedUsd), JsonNumbers.Usd(q.UsdPerUnit), q.ZeroQuantityLines))],
        JsonNumbers.Usd(y.UnquantifiedUsd), y.Months)
    {
        ShareOn = y.ShareOn is { } on ? new SupplierShareOnJson(on.ThroughMonth, JsonNumbers.Usd(on.ValueUsd)) : null,
    };
}

/// <summary>An origin's value over the months the year's shares are over, what its share is of.</summary>
/// <param name="ThroughMonth">The last of those months: the share is of January to it.</param>
/// <param name="ValueUsd">The origin's value over those months; null where its lines cannot be cut there (then <c>sharePct</c> is null).</param>
internal sealed record SupplierShareOnJson(int ThroughMonth, decimal? ValueUsd);

/// <summary>A quantity in one unit.</summary>
/// <param name="Unit">"t" for weights, else the source's unit code.</param>
/// <param name="Amount">The quantity, 3 decimals.</param>
/// <param name="QuantifiedUsd">The value of the lines with a quantity above zero.</param>
/// <param name="UsdPerUnit">Unit value: <c>quantifiedUsd</c> / <c>amount</c>; null for a quantity of zero (never divided).</param>
/// <param name="ZeroQuantityLines">Lines with a value and a quantity of zero: flagged, left out of the unit value.</param>
internal sealed record SupplierQuantityJson(string Unit, double Amount, decimal QuantifiedUsd, decimal? UsdPerUnit, long ZeroQuantityLines);
