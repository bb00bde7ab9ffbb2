namespace Turnover.Application;

/// <summary>An as-of date after today (<see cref="RequestParameter.AsOf"/>): what will be published by then is not known.</summary>
/// <param name="AsOf">The date asked for.</param>
/// <param name="Today">Today, by the host's clock.</param>
public sealed record AsOfAfterToday(DateOnly AsOf, DateOnly Today) : FailureReason;
