namespace Turnover.Application;

/// <summary>The text does not say which two countries trade.</summary>
public sealed record PairNotNamed : UnverifiableReason;
