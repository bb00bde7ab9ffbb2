namespace Turnover.Application;

/// <summary>A decomposition compares two years, and the first chosen does not come before the last.</summary>
/// <param name="First">The first year.</param>
/// <param name="Last">The last year.</param>
public sealed record DecomposeYearsOutOfOrder(int First, int Last) : FailureReason;
