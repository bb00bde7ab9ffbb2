namespace Turnover.Core;

/// <summary>
/// Everything the product knows about one publisher, in one place (<see cref="SourceCatalog"/>): the store's
/// <c>sources</c> table, the readers, the display names and the valuation notes are all read from it.
/// </summary>
public sealed record SourceDeclaration
{
    // Declared in SourceCatalog only.
    internal SourceDeclaration()
    {
    }

    /// <summary>The publisher.</summary>
    public required SourceKind Kind { get; init; }

    /// <summary>The name stored in a release's <c>source</c> column and accepted by <c>--source</c>: "Gacc", "UsCensus", ...</summary>
    public required string Code { get; init; }

    /// <summary>The publisher in words: "China's customs, GACC", "US Census Bureau", ...</summary>
    public required string DisplayName { get; init; }

    /// <summary>The <c>--format</c> name of the reader that reads its files: "gacc", "census", ...; also accepted by <c>--source</c>.</summary>
    public required string ReaderFormat { get; init; }

    /// <summary>
    /// Days after a period's last day when its figures count as public, where neither the record, its release nor the
    /// reader dates them (README, "As of a date"); 0 = at the period's end.
    /// </summary>
    public required int PublicationLagDays { get; init; }

    /// <summary>How the publisher values exports.</summary>
    public required ValuationBasis ExportsValuation { get; init; }

    /// <summary>How the publisher values imports.</summary>
    public required ValuationBasis ImportsValuation { get; init; }

    /// <summary>True for a reconciled dataset (<see cref="SourceKinds.IsReconciled"/>).</summary>
    public bool Reconciled { get; init; }

    /// <summary>True when its reader may store figures converted to US dollars from another currency.</summary>
    public bool ConvertsCurrency { get; init; }

    /// <summary>
    /// Trade codes of the places through which the publisher's exports are often re-exported (Hong Kong for China's
    /// customs): the publisher counts such goods as exports to the hub, a partner recording imports by country of
    /// origin counts them as imports from the publisher's country. Empty when none is declared.
    /// </summary>
    public IReadOnlyList<int> ReExportHubs { get; init; } = [];

    /// <summary>
    /// True when the publisher's monthly release headlines seasonally adjusted figures by country (the US FT-900) while
    /// its country tables, which its reader reads, are not adjusted: a month's figure in the news may be the adjusted one.
    /// </summary>
    public bool HeadlinesSeasonallyAdjusted { get; init; }

    /// <summary>
    /// The first year whose trade by partner country the publisher withholds (confidential), so that only figures
    /// officials stated are known; null when it publishes them.
    /// </summary>
    public int? PartnerDetailWithheldFrom { get; init; }
}
