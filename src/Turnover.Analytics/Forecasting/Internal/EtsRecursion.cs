namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// A model's smoothing parameters ready for the recursion (<see cref="EtsStep{TSeason}"/>): the same update serves
/// fitting (y observed), prediction through missing steps (y = forecast, i.e. zero error) and simulation
/// (y = forecast + error).
/// </summary>
internal readonly struct EtsRecursion
{
    public EtsRecursion(EtsModel model, EtsParameters parameters)
    {
        Season = model.Season;
        Alpha = parameters.Alpha;
        BetaOverAlpha = model.Trend != EtsTrend.None ? parameters.Beta / parameters.Alpha : 0;
        Gamma = parameters.Gamma;
        Phi = model.Trend == EtsTrend.AdditiveDamped ? parameters.Phi : 1.0;
    }

    public EtsSeason Season { get; }

    public double Alpha { get; }

    public double BetaOverAlpha { get; }

    public double Gamma { get; }

    public double Phi { get; }

    /// <summary>The one-step forecast from level l, trend b and the seasonal state s of the coming step.</summary>
    public double Forecast(double level, double trend, double seasonal) => Season switch
    {
        EtsSeason.Additive => EtsStep<AdditiveSeason>.Forecast(level, trend, seasonal, Phi),
        EtsSeason.Multiplicative => EtsStep<MultiplicativeSeason>.Forecast(level, trend, seasonal, Phi),
        _ => EtsStep<NoSeason>.Forecast(level, trend, seasonal, Phi),
    };

    /// <summary>
    /// Updates level, trend and the seasonal state of this step after observing y. False when a multiplicative
    /// component would divide by (almost) zero or go non-positive: the parameters are then unusable.
    /// </summary>
    public bool Update(ref double level, ref double trend, ref double seasonal, double y) => Season switch
    {
        EtsSeason.Additive => EtsStep<AdditiveSeason>.Update(ref level, ref trend, ref seasonal, y, this),
        EtsSeason.Multiplicative => EtsStep<MultiplicativeSeason>.Update(ref level, ref trend, ref seasonal, y, this),
        _ => EtsStep<NoSeason>.Update(ref level, ref trend, ref seasonal, y, this),
    };
}
