using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// Why two sides' figures of one flow may differ, as facts drawn from the sources' declarations (SourceCatalog); the
/// hosts word them.
/// </summary>
public abstract record MirrorReason;

/// <summary>The exporter and the importer value the flow differently (e.g. exports FOB, imports CIF with freight and insurance).</summary>
/// <param name="Exporter">The exporting side.</param>
/// <param name="ExporterSource">Its publisher.</param>
/// <param name="Exports">How it values its exports.</param>
/// <param name="Importer">The importing side.</param>
/// <param name="ImporterSource">Its publisher.</param>
/// <param name="Imports">How it values its imports.</param>
public sealed record ValuationDiffers(
    Country Exporter, SourceKind ExporterSource, ValuationBasis Exports, Country Importer, SourceKind ImporterSource, ValuationBasis Imports) : MirrorReason
{
    /// <summary>True when the importer's value includes freight and insurance and the exporter's does not (CIF against FOB or f.a.s.).</summary>
    public bool ImporterIncludesFreight =>
        Imports == ValuationBasis.Cif && Exports is ValuationBasis.Fob or ValuationBasis.Fas or ValuationBasis.CustomsValue;
}

/// <summary>Goods shipped near a span's end are in the exporter's figure of it and the importer's of the next.</summary>
/// <param name="ShortestMonths">The shortest span compared, in months: the shorter, the larger the share in transit.</param>
public sealed record TimingDiffers(int ShortestMonths) : MirrorReason;

/// <summary>
/// The exporter's goods re-exported through a hub count as exports to the hub on its side, and as imports from it on
/// the importer's side where the importer records imports by country of origin.
/// </summary>
/// <param name="Exporter">The side whose exports pass through the hubs.</param>
/// <param name="Source">Its publisher, which declares the hubs.</param>
/// <param name="Hubs">The hubs declared.</param>
/// <param name="Importer">The other side.</param>
public sealed record ReExportsThroughHubs(Country Exporter, SourceKind Source, IReadOnlyList<Country> Hubs, Country Importer) : MirrorReason;

/// <summary>A side withholds its trade by partner from a year on: from then, only figures officials stated are known.</summary>
/// <param name="Side">The side.</param>
/// <param name="Source">Its publisher.</param>
/// <param name="FromYear">The first year withheld.</param>
public sealed record PartnerDetailWithheld(Country Side, SourceKind Source, int FromYear) : MirrorReason;

/// <summary>A side publishes in its own currency too: its US-dollar figures depend on the rate used to convert them.</summary>
/// <param name="Side">The side.</param>
/// <param name="Source">Its publisher.</param>
public sealed record OwnCurrency(Country Side, SourceKind Source) : MirrorReason;

/// <summary>A side's figures are officials' statements reported by news pages, not a published table.</summary>
/// <param name="Side">The side.</param>
/// <param name="Source">Its publisher.</param>
/// <param name="Probable">How many of the figures shown an official stated without naming the agency.</param>
public sealed record StatedByOfficials(Country Side, SourceKind Source, int Probable) : MirrorReason;

/// <summary>
/// Levels shown that their own publisher's printed rates contradict on both sides (<see cref="SuspectLevels"/>): a gap
/// on such a level may be that figure's error rather than a difference between the two sides.
/// </summary>
/// <param name="Side">The side whose figures they are.</param>
/// <param name="Source">Its publisher, whose rates contradict them.</param>
/// <param name="Levels">The suspect levels shown, oldest first, each with its evidence.</param>
public sealed record SuspectFigures(Country Side, SourceKind Source, IReadOnlyList<SuspectLevel> Levels) : MirrorReason;
