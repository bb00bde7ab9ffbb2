namespace Turnover.Store;

/// <summary>How <c>TradeStore.Load</c> treats a file. Immutable; change with <c>with</c>.</summary>
public readonly record struct LoadOptions
{
    /// <summary>Defaults: implausible figures reject the file.</summary>
    public LoadOptions()
    {
    }

    /// <summary>
    /// Store figures the outlier screen finds implausible (above world trade, or 100 times off the same figure of
    /// another release of the source) instead of rejecting the file; the release note says they were accepted.
    /// </summary>
    public bool AcceptOutliers { get; init; }
}
