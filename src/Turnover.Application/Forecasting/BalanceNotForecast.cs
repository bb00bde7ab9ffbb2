namespace Turnover.Application;

/// <summary>A trade balance changes sign, which the models cannot fit: its exports and imports are forecast instead.</summary>
public sealed record BalanceNotForecast : FailureReason;
