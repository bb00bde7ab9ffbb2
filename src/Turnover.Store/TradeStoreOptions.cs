namespace Turnover.Store;

/// <summary>How <see cref="TradeStore.Open(string, TradeStoreOptions)"/> opens a store file.</summary>
/// <remarks>
/// DuckDB lets one process at a time open a file for writing, and while it has it no other process may open the
/// file at all, not even to read; any number of processes may read it together. A store that another process holds
/// is retried, with growing pauses, for up to <see cref="LockWait"/>.
/// </remarks>
public readonly record struct TradeStoreOptions
{
    /// <summary>
    /// Open for queries only: nothing is written (no schema work, no sweep), and the file must exist. A store written
    /// by an older version is upgraded once through a brief writable open first.
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>How long to keep retrying while another process holds the file (default: not at all).</summary>
    public TimeSpan LockWait { get; init; }

    /// <summary>"Now" for the ingestion time of new releases (default: the system clock).</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Called once, with a message in the user's terms, when the open starts waiting for another process.</summary>
    public Action<string>? Waiting { get; init; }
}
