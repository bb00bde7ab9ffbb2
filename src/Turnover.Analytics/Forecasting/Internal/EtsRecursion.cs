using System.Runtime.CompilerServices;

namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// The ETS one-step forecast and state update written in terms of the observation y (the error-correction form
/// of Hyndman et al. 2008, as R's etscalc): the same update serves fitting (y observed), prediction through
/// missing steps (y = forecast, i.e. zero error) and simulation (y = forecast + error).
/// </summary>
internal readonly struct EtsRecursion
{
    private const double Tiny = 1e-10;

    public EtsRecursion(EtsModel model, EtsParameters parameters)
    {
        HasTrend = model.Trend != EtsTrend.None;
        Season = model.Season;
        Alpha = parameters.Alpha;
        BetaOverAlpha = HasTrend ? parameters.Beta / parameters.Alpha : 0;
        Gamma = parameters.Gamma;
        Phi = model.Trend == EtsTrend.AdditiveDamped ? parameters.Phi : 1.0;
    }

    public bool HasTrend { get; }

    public EtsSeason Season { get; }

    public double Alpha { get; }

    public double BetaOverAlpha { get; }

    public double Gamma { get; }

    public double Phi { get; }

    /// <summary>The one-step forecast from level l, trend b and the seasonal state s of the coming step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Forecast(double level, double trend, double seasonal)
    {
        var q = HasTrend ? level + (Phi * trend) : level;
        return Season switch
        {
            EtsSeason.Additive => q + seasonal,
            EtsSeason.Multiplicative => q * seasonal,
            _ => q,
        };
    }

    /// <summary>
    /// Updates level, trend and the seasonal state of this step after observing y. False when a multiplicative
    /// component would divide by (almost) zero or go non-positive: the parameters are then unusable.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Update(ref double level, ref double trend, ref double seasonal, double y)
    {
        var phiB = HasTrend ? Phi * trend : 0.0;
        var q = level + phiB;
        double p;
        switch (Season)
        {
            case EtsSeason.Additive:
                p = y - seasonal;
                break;
            case EtsSeason.Multiplicative:
                if (seasonal <= Tiny || q <= Tiny)
                {
                    return false;
                }

                p = y / seasonal;
                break;
            default:
                p = y;
                break;
        }

        var newLevel = q + (Alpha * (p - q));
        if (HasTrend)
        {
            trend = phiB + (BetaOverAlpha * (newLevel - level - phiB));
        }

        switch (Season)
        {
            case EtsSeason.Additive:
                seasonal += Gamma * (y - q - seasonal);
                break;
            case EtsSeason.Multiplicative:
                seasonal += Gamma * ((y / q) - seasonal);
                break;
        }

        level = newLevel;
        return double.IsFinite(newLevel);
    }
}
