namespace Turnover.Application;

/// <summary>The period is relative ("last year") and no article date anchors it.</summary>
/// <param name="Text">The period as the text writes it.</param>
public sealed record PeriodNotAnchored(string Text) : UnverifiableReason;
