using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The text says a threshold was crossed for the first time, and the store holds no earlier figure of the kind to compare
/// with: it is neither confirmed nor refuted.
/// </summary>
/// <param name="Period">The claim's period, the first of its kind stored.</param>
public sealed record FirstTimeNotChecked(Period Period) : ClaimNote;
