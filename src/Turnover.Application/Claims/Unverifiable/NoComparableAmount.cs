namespace Turnover.Application;

/// <summary>A target or projection states no amount in a currency the store can compare.</summary>
public sealed record NoComparableAmount : UnverifiableReason;
