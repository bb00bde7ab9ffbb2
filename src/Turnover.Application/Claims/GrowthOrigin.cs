namespace Turnover.Application;

/// <summary>Which growth rate a claim was compared with.</summary>
public enum GrowthOrigin
{
    /// <summary>The rate the publisher printed (computed on unrounded values).</summary>
    Published,

    /// <summary>The rate computed from the stored levels (no printed rate is stored for the period).</summary>
    Computed,
}
