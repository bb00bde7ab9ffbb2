namespace Turnover.Store;

/// <summary>How a load ended.</summary>
public enum LoadStatus
{
    /// <summary>Every record stored in one transaction.</summary>
    Stored,

    /// <summary>The same bytes read the same way were ingested before; nothing was added.</summary>
    AlreadyIngested,

    /// <summary>The reader reported defects; nothing was stored.</summary>
    RejectedByReader,

    /// <summary>Two rows of the file carry the same key; nothing was stored.</summary>
    RejectedDuplicateKeys,

    /// <summary>Figures implausible for trade between two countries, and outliers were not accepted; nothing was stored.</summary>
    RejectedOutliers,

    /// <summary>The same bytes read the same way were a release that has been retracted; nothing was stored.</summary>
    AlreadyRetracted,

    /// <summary>A period's product lines would be of two editions of a classification (<see cref="EditionClash"/>); nothing was stored.</summary>
    RejectedMixedEditions,
}

/// <summary>The result of <c>TradeStore.Load</c>.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="ReleaseId">The new or existing release id (the retracted one for <see cref="LoadStatus.AlreadyRetracted"/>); 0 when rejected.</param>
/// <param name="RowsStored">Records written (0 unless stored).</param>
/// <param name="DuplicateKeys">Up to 20 clashing keys when rejected for duplicates.</param>
public sealed record LoadResult(LoadStatus Status, int ReleaseId, long RowsStored, IReadOnlyList<DuplicateKey> DuplicateKeys)
{
    /// <summary>A stored release with the same bytes: the one already holding this reading, or, for a new release, the one it re-reads.</summary>
    public ReleaseMatch? Match { get; init; }

    /// <summary>The most outliers a load reports; a file may hold more.</summary>
    public const int MaxOutliers = 20;

    /// <summary>Implausible figures: why the file was rejected, or, with outliers accepted, what was stored anyway (up to <see cref="MaxOutliers"/>: those above world trade first, each kind by line).</summary>
    public IReadOnlyList<Outlier> Outliers { get; init; } = [];

    /// <summary>The parts of totals stored apart from them (Comtrade breakdowns), and how many totals they break down lack a total row.</summary>
    public BreakdownsStored Breakdowns { get; init; } = new(0, 0);

    /// <summary>The most edition clashes a load reports.</summary>
    public const int MaxEditionClashes = 5;

    /// <summary>Why the file was rejected for <see cref="LoadStatus.RejectedMixedEditions"/>: the first periods (at most <see cref="MaxEditionClashes"/>), by line.</summary>
    public IReadOnlyList<EditionClash> EditionClashes { get; init; } = [];
}

/// <summary>What a load stored of breakdowns (parts of totals: customs procedure, mode of transport, second partner).</summary>
/// <param name="Rows">Breakdown rows stored, apart from the totals (not in <see cref="LoadResult.RowsStored"/>).</param>
/// <param name="TotalsMissing">Totals broken down in the file that the file does not give: not derived from their parts.</param>
public sealed record BreakdownsStored(long Rows, long TotalsMissing);

/// <summary>Two input lines with the same (reporter, partner, flow, period, product).</summary>
/// <param name="FirstLine">The earlier line.</param>
/// <param name="SecondLine">The later line.</param>
/// <param name="Key">The key, readable.</param>
public sealed record DuplicateKey(long FirstLine, long SecondLine, string Key);

/// <summary>
/// A period whose product lines would be of two editions of a classification (HS 1992 and HS 2017 lines of one BACI
/// year): summed together, a product renumbered between editions would count twice.
/// </summary>
/// <param name="Line">The first line of the file with the period's lines in <paramref name="Edition"/>.</param>
/// <param name="Figure">The period's trade in words (who reports what with whom, when).</param>
/// <param name="Edition">This file's edition for those lines; null when not known (a renamed BACI file).</param>
/// <param name="OtherEdition">The other edition; null when not known.</param>
/// <param name="OtherRelease">The stored release holding the other edition's lines; null when the file itself holds them.</param>
/// <param name="OtherFile">That release's file name; null when the file itself holds them.</param>
/// <param name="OtherLine">The file's first line in the other edition; null when a stored release holds them.</param>
public sealed record EditionClash(long Line, string Figure, string? Edition, string? OtherEdition, int? OtherRelease, string? OtherFile, long? OtherLine);
