namespace Turnover.Store;

/// <summary>How <see cref="TradeStore.Retract"/> ended.</summary>
public enum RetractStatus
{
    /// <summary>The release is retracted now.</summary>
    Retracted,

    /// <summary>No release has that id; nothing changed.</summary>
    UnknownRelease,

    /// <summary>The release was retracted before; nothing changed.</summary>
    AlreadyRetracted,
}

/// <summary>The result of <see cref="TradeStore.Retract"/>.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Retraction">The retraction made now, or the earlier one; null for an unknown release.</param>
public sealed record RetractResult(RetractStatus Status, Retraction? Retraction);
