using Turnover.Core;

namespace Turnover.Store;

/// <summary>One stored release, for <c>turnover info</c> and <c>turnover release</c>.</summary>
/// <param name="Id">Release id.</param>
/// <param name="Source">Publisher.</param>
/// <param name="Format">Reader format.</param>
/// <param name="Dataset">Publisher's description.</param>
/// <param name="FileName">File name.</param>
/// <param name="ContentHash">SHA-256 hex of the file's bytes.</param>
/// <param name="Vintage">Publication date, when known.</param>
/// <param name="IngestedAt">When it was stored (UTC).</param>
/// <param name="RowsRead">Rows read.</param>
/// <param name="RowsStored">Records stored.</param>
/// <param name="Note">Normalisation notes.</param>
public sealed record ReleaseSummary(
    int Id, SourceKind Source, string Format, string Dataset, string FileName, string ContentHash,
    DateOnly? Vintage, DateTime IngestedAt, long RowsRead, long RowsStored, string Note)
{
    /// <summary>How the release's values were converted to US dollars; null when published in US dollars.</summary>
    public CurrencyConversion? Conversion { get; init; }

    /// <summary>How the bytes were read (format, mapping, rates...); null for a release stored before readings were recorded (schema 4 and older).</summary>
    public ReleaseReading? Reading { get; init; }

    /// <summary>When and why it was retracted; null while it counts.</summary>
    public Retraction? Retraction { get; init; }

    /// <summary>Rows left out on purpose, by reason.</summary>
    public IReadOnlyDictionary<string, long> Skipped { get; init; } = new Dictionary<string, long>();

    /// <summary>Disagreeing reports kept as evidence with it.</summary>
    public long Discrepancies { get; init; }

    /// <summary>The day the file says its figures were last updated, not a publication date (<see cref="Release.UpdatedOn"/>); null where it says nothing.</summary>
    public DateOnly? UpdatedOn { get; init; }
}
