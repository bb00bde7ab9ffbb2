namespace Turnover.Claims;

/// <summary>What a growth rate compares with.</summary>
public enum GrowthComparison : byte
{
    /// <summary>The text does not say; news figures are almost always year on year.</summary>
    Unstated = 0,

    /// <summary>The same period a year earlier ("year on year", "同比", "в годовом исчислении").</summary>
    YearOnYear = 1,

    /// <summary>The previous period ("month on month", "compared to July", "环比", "в месячном исчислении").</summary>
    PreviousPeriod = 2,
}
