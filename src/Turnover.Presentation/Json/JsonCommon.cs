using Turnover.Core;
using Turnover.Presentation.Wording;

namespace Turnover.Presentation.Json;

// Building blocks shared by every JSON document (docs/json-contract.md, "Common objects").

/// <summary>A country, named and coded.</summary>
/// <param name="TradeCode">The UN Comtrade / M49 trade code (842 is the USA, 156 China).</param>
/// <param name="Iso3">ISO 3166 alpha-3; null for an area without one (e.g. 490 "Other Asia, nes").</param>
/// <param name="Name">The catalogue's short name.</param>
internal sealed record CountryJson(int TradeCode, string? Iso3, string Name)
{
    public static CountryJson From(Country c) => new(c.Code, c.Iso3, c.Name);
}

/// <summary>A publisher.</summary>
/// <param name="Code">The <c>--source</c> value: Gacc, UsCensus, Kosis, Comtrade, Baci, Imf, Mapped, Fcs.</param>
/// <param name="Name">Its name in words.</param>
/// <param name="Reconciled">True for a dataset reconciled from both sides' declarations (BACI): no side's own statistics.</param>
internal sealed record SourceJson(string Code, string Name, bool Reconciled)
{
    public static SourceJson From(SourceKind s) => new(SourceNames.Code(s), SourceNames.Describe(s), s.IsReconciled());
}

/// <summary>A growth rate in percent points: <c>computedPct</c> from the stored levels, <c>publishedPct</c> as the publisher printed it.</summary>
/// <param name="ComputedPct">Computed from the levels shown, percent points, 4 decimals; null when a level is missing.</param>
/// <param name="PublishedPct">The rate the source printed for the same window, percent points; null when it printed none.</param>
internal sealed record GrowthJson(decimal? ComputedPct, decimal? PublishedPct)
{
    public static GrowthJson Of(decimal? percent, decimal? published = null) => new(JsonNumbers.Percent(percent), JsonNumbers.Percent(published));

    public static GrowthJson Of(double? percent, decimal? published = null) => new(JsonNumbers.Percent(percent), JsonNumbers.Percent(published));
}

/// <summary>How a release's values were converted to US dollars.</summary>
/// <param name="FromCurrency">ISO 4217 code the source published in.</param>
/// <param name="ToCurrency">Always "USD".</param>
/// <param name="Method">"monthly mean of the IMF daily rates".</param>
/// <param name="RateSource">The rates in words, with the file where recorded.</param>
/// <param name="RatesFile">The rates file name; null when the release did not record it.</param>
internal sealed record CurrencyConversionJson(string FromCurrency, string ToCurrency, string Method, string RateSource, string? RatesFile)
{
    public static CurrencyConversionJson From(CurrencyConversion c) => new(c.From.Code, "USD", CurrencyConversion.Method, ConversionWording.RateSource(c), c.RatesFile);
}

/// <summary>Figures of one release behind an answer that were converted to US dollars.</summary>
/// <param name="Release">The release id.</param>
/// <param name="File">Its file name.</param>
/// <param name="Conversion">How.</param>
/// <param name="Flows">"exports", "imports", "turnover".</param>
/// <param name="Periods">The periods of the answer that rest on them.</param>
internal sealed record ConvertedFiguresJson(int Release, string File, CurrencyConversionJson Conversion, IReadOnlyList<string> Flows, IReadOnlyList<string> Periods);

/// <summary>A total the store summed from product lines (the source published none).</summary>
/// <param name="Period">The period.</param>
/// <param name="Flow">"exports", "imports" or "turnover".</param>
/// <param name="Lines">Product lines added.</param>
/// <param name="Level">"HS2", "HS4", "HS6", or a range "HS2–HS4".</param>
internal sealed record SummedTotalJson(string Period, string Flow, long Lines, string Level)
{
    public static SummedTotalJson From(SummedTotal t) => new(t.Period.ToString(), SummedNote.FlowName(t.Flow), t.Lines, SummedNote.Level(t));
}

/// <summary>How the figures of an answer were made, where not simply published in US dollars as totals.</summary>
/// <param name="SummedTotals">Totals summed from product lines; empty when none.</param>
/// <param name="Conversions">Figures converted from another currency, per release; empty when none.</param>
internal sealed record ProvenanceJson(IReadOnlyList<SummedTotalJson> SummedTotals, IReadOnlyList<ConvertedFiguresJson> Conversions);
