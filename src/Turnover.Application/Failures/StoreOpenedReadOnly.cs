namespace Turnover.Application;

/// <summary>A use case that writes was given a store opened read-only.</summary>
/// <param name="StorePath">The store's path.</param>
/// <param name="Write">What would have been written.</param>
public sealed record StoreOpenedReadOnly(string StorePath, StoreWrite Write) : FailureReason;
