using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>How a publisher values exports and imports, for explaining why two sides' figures differ.</summary>
/// <remarks>
/// China's customs (GACC) and Korea's (KOSIS) publish exports FOB and imports CIF. The US Census Bureau's country
/// tables give exports at f.a.s. value (free alongside ship at the US port) and general imports at customs value
/// (the transaction price, without freight and insurance), so US imports are not CIF. The IMF series kept here are
/// the FOB export and CIF import indicators. Comtrade carries what each reporter declared; BACI reconciles both
/// sides into one FOB estimate; a mapped file's valuation is whatever its publisher used.
/// </remarks>
internal static class Valuation
{
    public static string Of(SourceKind source, Measure measure) => (source, measure) switch
    {
        (SourceKind.UsCensus, Measure.Exports) => "at f.a.s. value (free alongside ship at the US port)",
        (SourceKind.UsCensus, Measure.Imports) => "at customs value (the transaction price, without freight and insurance; not CIF)",
        (SourceKind.Gacc or SourceKind.Kosis or SourceKind.Imf, Measure.Exports) => "FOB",
        (SourceKind.Gacc or SourceKind.Kosis or SourceKind.Imf, Measure.Imports) => "CIF (with freight and insurance)",
        (SourceKind.Comtrade, _) => "as the reporter declared them to UN Comtrade (usually exports FOB, imports CIF)",
        (SourceKind.Baci, _) => "FOB (CEPII's reconciled estimate)",
        _ => "as the file's publisher values them (not stated to turnover)",
    };

    /// <summary>True when the importer's figure includes freight and insurance the exporter's leaves out.</summary>
    public static bool ImportsIncludeFreight(SourceKind importerSource) => importerSource is SourceKind.Gacc or SourceKind.Kosis or SourceKind.Imf;
}
