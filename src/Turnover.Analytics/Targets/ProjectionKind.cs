namespace Turnover.Analytics.Targets;

/// <summary>Which "at this rate" growth rate a projection carries forward.</summary>
public enum ProjectionKind
{
    /// <summary>Year-to-date growth on the same months a year earlier, applied to the rest of the year and each later year.</summary>
    YearToDate,

    /// <summary>Growth of the latest twelve months on the twelve before, extrapolated month by month.</summary>
    Rolling12,

    /// <summary>The compound annual growth of the last three complete years, continued.</summary>
    Cagr3,
}
