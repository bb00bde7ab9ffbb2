namespace Turnover.Store.Internal;

/// <summary>Every store's first answer to a load: bytes already read the same way add nothing (live or retracted).</summary>
internal static class AlreadyHeld
{
    /// <summary>The result for a reading the store already holds, or null when the load goes on.</summary>
    public static LoadResult? Result(ReleaseMatch? match) => match?.Kind switch
    {
        ReleaseMatchKind.SameReading or ReleaseMatchKind.ReadingNotRecorded => new LoadResult(LoadStatus.AlreadyIngested, match.ReleaseId, 0, []) { Match = match },
        ReleaseMatchKind.SameReadingRetracted => new LoadResult(LoadStatus.AlreadyRetracted, match.ReleaseId, 0, []) { Match = match },
        _ => null,
    };
}
