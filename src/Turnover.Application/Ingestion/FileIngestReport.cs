using Turnover.Store;

namespace Turnover.Application;

/// <summary>What happened to one file.</summary>
/// <param name="File">Path as given.</param>
/// <param name="Format">Reader format used ("?" when the file could not be opened or its layout recognised).</param>
/// <param name="Status">Stored, already ingested, or rejected.</param>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="RowsStored">Records stored.</param>
/// <param name="Skipped">Rows left out on purpose, by reason.</param>
/// <param name="Errors">Defects (file, line, column) and duplicate figures; the implausible figures are in <see cref="RejectedOutliers"/>.</param>
/// <param name="Discrepancies">Disagreeing reports kept as evidence.</param>
/// <param name="ReleaseId">Release id when stored or already present.</param>
public sealed record FileIngestReport(
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
    /// <summary>A stored release with the same bytes: the one holding this reading (or, retracted, refusing it), or the one a new release re-reads another way.</summary>
    public ReleaseMatch? Match { get; init; }

    /// <summary>Implausible figures stored anyway (accepted outliers).</summary>
    public IReadOnlyList<Outlier> AcceptedOutliers { get; init; } = [];

    /// <summary>Parts of totals (Comtrade breakdowns) stored apart from them, and totals the file gave only as parts.</summary>
    public BreakdownsStored Breakdowns { get; init; } = new(0, 0);

    /// <summary>The implausible figures that rejected the file (<see cref="LoadStatus.RejectedOutliers"/>), at most <see cref="LoadResult.MaxOutliers"/>.</summary>
    public IReadOnlyList<Outlier> RejectedOutliers { get; init; } = [];

    /// <summary>Lines the user should read about how the stored file was read (e.g. how its figures were dated); empty unless stored.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>True when nothing of the file was stored because of what it holds or how it was read before.</summary>
    public bool Rejected => Status is LoadStatus.RejectedByReader or LoadStatus.RejectedDuplicateKeys or LoadStatus.RejectedOutliers or LoadStatus.RejectedMixedEditions or LoadStatus.AlreadyRetracted;

    /// <summary>A file refused before a row was read (unreadable, unknown layout): one error, nothing stored.</summary>
    internal static FileIngestReport Refused(string file, string error) =>
        new(file, "?", LoadStatus.RejectedByReader, 0, 0, new Dictionary<string, long>(), [error], 0, 0);
}
