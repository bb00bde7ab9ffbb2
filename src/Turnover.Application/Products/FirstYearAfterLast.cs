namespace Turnover.Application;

/// <summary>A product question's first year comes after its last: nothing lies between them.</summary>
/// <param name="First">The first year asked for.</param>
/// <param name="Last">The last year asked for.</param>
public sealed record FirstYearAfterLast(int First, int Last) : FailureReason;
