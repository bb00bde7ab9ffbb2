namespace Turnover.Store;

/// <summary>How a load ended.</summary>
public enum LoadStatus
{
    /// <summary>Every record stored in one transaction.</summary>
    Stored,

    /// <summary>The same bytes were ingested before; nothing was added.</summary>
    AlreadyIngested,

    /// <summary>The reader reported defects; nothing was stored.</summary>
    RejectedByReader,

    /// <summary>Two rows of the file carry the same key; nothing was stored.</summary>
    RejectedDuplicateKeys,
}

/// <summary>The result of <see cref="TradeStore.Load"/>.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="ReleaseId">The new or existing release id; 0 when rejected.</param>
/// <param name="RowsStored">Records written (0 unless stored).</param>
/// <param name="DuplicateKeys">Up to 20 clashing keys when rejected for duplicates.</param>
public sealed record LoadResult(LoadStatus Status, int ReleaseId, long RowsStored, IReadOnlyList<DuplicateKey> DuplicateKeys);

/// <summary>Two input lines with the same (reporter, partner, flow, period, product).</summary>
/// <param name="FirstLine">The earlier line.</param>
/// <param name="SecondLine">The later line.</param>
/// <param name="Key">The key, readable.</param>
public sealed record DuplicateKey(long FirstLine, long SecondLine, string Key);
