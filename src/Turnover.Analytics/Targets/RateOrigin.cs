namespace Turnover.Analytics.Targets;

/// <summary>Where a projection's growth rate comes from.</summary>
public enum RateOrigin
{
    /// <summary>Computed from the stored levels.</summary>
    Computed,

    /// <summary>As the publisher printed it (used when the levels cannot give it).</summary>
    Published,
}
