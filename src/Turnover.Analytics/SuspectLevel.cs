using Turnover.Core;

namespace Turnover.Analytics;

/// <summary>
/// A level that disagrees beyond rounding with the published rates on both sides of it (its own rate on the year
/// before, and the next year's rate on it): a figure to doubt, with the evidence.
/// </summary>
/// <param name="Measure">Turnover, exports or imports.</param>
/// <param name="Period">The level's period.</param>
/// <param name="ValueUsd">The level stored, USD.</param>
/// <param name="Checks">The failing checks: the rate into it (implying the level from the year before) and the rate out of it (implying it from the year after).</param>
public sealed record SuspectLevel(Measure Measure, Period Period, decimal ValueUsd, IReadOnlyList<RateCheck> Checks);
