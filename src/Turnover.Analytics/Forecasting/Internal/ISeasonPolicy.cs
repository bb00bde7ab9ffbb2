namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// How a seasonal component enters the ETS recursion. Implemented by structs so that generic code specialised on
/// them compiles to straight-line arithmetic: the likelihood loop runs thousands of times per fit.
/// </summary>
internal interface ISeasonPolicy
{
    /// <summary>The forecast from the non-seasonal part q and the seasonal state s.</summary>
    static abstract double Apply(double q, double s);

    /// <summary>The observation with the season taken out (the level's target).</summary>
    static abstract double Remove(double y, double s);

    /// <summary>The seasonal state's target: the observation relative to the non-seasonal part.</summary>
    static abstract double Relative(double y, double q);

    /// <summary>False when the recursion would divide by (almost) zero or a factor has turned non-positive.</summary>
    static abstract bool Valid(double q, double s);

    /// <summary>True when the model has a seasonal state to update.</summary>
    static abstract bool Seasonal { get; }
}
