using Turnover.Ingest;
using Turnover.Store;

namespace Turnover.Cli.Services;

/// <summary>What happened to one file.</summary>
/// <param name="File">Path as given.</param>
/// <param name="Format">Reader format used.</param>
/// <param name="Status">Stored, already ingested, or rejected.</param>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="RowsStored">Records stored.</param>
/// <param name="Skipped">Rows left out on purpose, by reason.</param>
/// <param name="Errors">Defects (file, line, column); non-empty means nothing was stored.</param>
/// <param name="Discrepancies">Disagreeing reports kept as evidence.</param>
/// <param name="ReleaseId">Release id when stored or already present.</param>
internal sealed record FileIngestReport(
    string File,
    string Format,
    LoadStatus Status,
    long RowsRead,
    long RowsStored,
    IReadOnlyDictionary<string, long> Skipped,
    IReadOnlyList<string> Errors,
    int Discrepancies,
    int ReleaseId)
{
    /// <summary>A stored release with the same bytes: the one holding this reading, or the one a new release re-reads another way.</summary>
    public ReleaseMatch? Match { get; init; }

    /// <summary>Implausible figures stored anyway (--accept-outliers).</summary>
    public IReadOnlyList<Outlier> AcceptedOutliers { get; init; } = [];

    public bool Rejected => Status is LoadStatus.RejectedByReader or LoadStatus.RejectedDuplicateKeys or LoadStatus.RejectedOutliers or LoadStatus.AlreadyRetracted;
}
