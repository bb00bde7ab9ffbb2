namespace Turnover.Application;

/// <summary>The claim states neither an amount nor a growth rate.</summary>
public sealed record NoFigureStated : UnverifiableReason;
