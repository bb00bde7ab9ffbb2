using Turnover.Core;

namespace Turnover.Analytics.Calibration;

/// <summary>
/// How one target's stated probability moved when one more monthly step arrived during the year after its origin:
/// the forecast refitted on the figures through <paramref name="NewStep"/> against the one through the step before.
/// </summary>
/// <param name="Series">The series, e.g. "KOR:CHN turnover".</param>
/// <param name="OriginYear">The year whose December posed the target (its amount and deadline stay fixed).</param>
/// <param name="Horizon">The deadline is the end of <c>OriginYear + Horizon</c>.</param>
/// <param name="GrowthPercent">The annual growth that sized the target.</param>
/// <param name="NewStep">The step that arrived (a month, or China's combined January–February).</param>
/// <param name="Before">The probability stated on the figures through the step before (0–1).</param>
/// <param name="After">The probability stated once <paramref name="NewStep"/> was known (0–1).</param>
/// <param name="Ordinary">True when the new step's value lay inside the previous forecast's 80% interval for it.</param>
public sealed record StabilityCase(string Series, int OriginYear, int Horizon, double GrowthPercent, Period NewStep, double Before, double After, bool Ordinary)
{
    /// <summary>The absolute change, in percentage points.</summary>
    public double ChangePoints => Math.Abs(After - Before) * 100;
}
