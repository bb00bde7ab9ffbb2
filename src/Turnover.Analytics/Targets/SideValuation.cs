using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>How one side's publisher values its exports and imports (the publisher's rules, as declared with its source).</summary>
/// <param name="Reporter">The side.</param>
/// <param name="Source">Its publisher.</param>
/// <param name="Exports">How the publisher values exports, e.g. FOB.</param>
/// <param name="Imports">How the publisher values imports, e.g. CIF.</param>
public sealed record SideValuation(Country Reporter, SourceKind Source, ValuationBasis Exports, ValuationBasis Imports);
