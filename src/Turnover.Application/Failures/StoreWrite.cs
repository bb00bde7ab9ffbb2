namespace Turnover.Application;

/// <summary>What a use case writes to the store, for a <see cref="StoreOpenedReadOnly"/> failure.</summary>
public enum StoreWrite
{
    /// <summary>An article and its claims (<see cref="ClaimSaving"/>).</summary>
    SaveClaims,

    /// <summary>The verdicts of a watch (<see cref="WatchQuery"/>).</summary>
    RecordJudgements,
}
