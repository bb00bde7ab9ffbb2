using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>How a publisher values exports and imports, for explaining why two sides' figures differ.</summary>
/// <remarks>The bases are declared with each source (<see cref="SourceCatalog"/>); the renderers word them.</remarks>
internal static class Valuation
{
    public static SideValuation Of(Country reporter, SourceKind source)
    {
        var declared = SourceCatalog.Of(source);
        return new SideValuation(reporter, source, declared.ExportsValuation, declared.ImportsValuation);
    }

    /// <summary>True when the importer's figure includes freight and insurance the exporter's leaves out.</summary>
    public static bool ImportsIncludeFreight(SourceKind importerSource) => SourceCatalog.Of(importerSource).ImportsValuation == ValuationBasis.Cif;
}
