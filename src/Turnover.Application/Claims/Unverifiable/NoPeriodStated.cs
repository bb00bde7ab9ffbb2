namespace Turnover.Application;

/// <summary>The text gives no period for the figure.</summary>
public sealed record NoPeriodStated : UnverifiableReason;
