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
