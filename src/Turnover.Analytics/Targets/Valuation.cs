using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>How a publisher values exports and imports, for explaining why two sides' figures differ.</summary>
/// <remarks>
/// The bases are declared with each source (<see cref="SourceCatalog"/>); this is their wording. China's customs
/// (GACC) and Korea's (KOSIS) publish exports FOB and imports CIF. The US Census Bureau's country tables give exports
/// at f.a.s. value (free alongside ship at the US port) and general imports at customs value (the transaction price,
/// without freight and insurance), so US imports are not CIF. The IMF series kept here are the FOB export and CIF
/// import indicators. Comtrade carries what each reporter declared; BACI reconciles both sides into one FOB estimate;
/// a mapped file's valuation is whatever its publisher used.
/// </remarks>
internal static class Valuation
{
    public static string Of(SourceKind source, Measure measure)
    {
        var declared = SourceCatalog.Of(source);
        // A measure of both directions has one basis only where the source values both alike.
        var basis = measure switch
        {
            Measure.Exports => declared.ExportsValuation,
            Measure.Imports => declared.ImportsValuation,
            _ when declared.ExportsValuation == declared.ImportsValuation => declared.ExportsValuation,
            _ => ValuationBasis.Unknown,
        };
        return basis switch
        {
            ValuationBasis.Fas => "at f.a.s. value (free alongside ship at the US port)",
            ValuationBasis.CustomsValue => "at customs value (the transaction price, without freight and insurance; not CIF)",
            ValuationBasis.Fob when declared.Reconciled => "FOB (CEPII's reconciled estimate)",
            ValuationBasis.Fob => "FOB",
            ValuationBasis.Cif => "CIF (with freight and insurance)",
            ValuationBasis.AsDeclared => $"as the reporter declared them to {declared.DisplayName} (usually exports FOB, imports CIF)",
            _ => "as the file's publisher values them (not stated to turnover)",
        };
    }

    /// <summary>True when the importer's figure includes freight and insurance the exporter's leaves out.</summary>
    public static bool ImportsIncludeFreight(SourceKind importerSource) => SourceCatalog.Of(importerSource).ImportsValuation == ValuationBasis.Cif;
}
