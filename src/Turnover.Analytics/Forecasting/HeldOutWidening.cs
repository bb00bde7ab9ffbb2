namespace Turnover.Analytics.Forecasting;

/// <summary>
/// How an <see cref="OwnWeightMixtureForecaster"/> scales its paths by the mixture's own errors at the series'
/// earlier origins, each scored with the weight chosen without that origin (held out).
/// </summary>
public enum HeldOutWidening
{
    /// <summary>The paths as the members simulated them (the default).</summary>
    None,

    /// <summary>One factor per year of lead time, from the errors on both sides of the median.</summary>
    BothSides,

    /// <summary>Two factors per year of lead time: values above the median by the errors above it, values below by those below.</summary>
    EachSide,
}
