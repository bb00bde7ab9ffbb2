using System.Runtime.CompilerServices;

namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// One step of the ETS recursion for a given kind of season, in the error-correction form written in terms of the
/// observation y (Hyndman et al. 2008; R's etscalc). A model without trend runs the same arithmetic with b = 0,
/// β = 0 and φ = 1, which leaves b at 0.
/// </summary>
internal static class EtsStep<TSeason>
    where TSeason : struct, ISeasonPolicy
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Forecast(double level, double trend, double seasonal, double phi) => TSeason.Apply(level + (phi * trend), seasonal);

    /// <summary>Updates level, trend and this step's seasonal state after observing y; false if the state breaks down.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Update(ref double level, ref double trend, ref double seasonal, double y, in EtsRecursion r)
    {
        var phiB = r.Phi * trend;
        var q = level + phiB;
        if (!TSeason.Valid(q, seasonal))
        {
            return false;
        }

        var newLevel = q + (r.Alpha * (TSeason.Remove(y, seasonal) - q));
        trend = phiB + (r.BetaOverAlpha * (newLevel - level - phiB));
        if (TSeason.Seasonal)
        {
            seasonal += r.Gamma * (TSeason.Relative(y, q) - seasonal);
        }

        level = newLevel;
        return double.IsFinite(newLevel);
    }
}
