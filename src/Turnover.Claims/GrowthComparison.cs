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

    /// <summary>
    /// Another base the text names without a period ("from their peak", "on pre-war levels", "с пиковых значений",
    /// "较峰值"): no stored figure is known to be that base, so the rate is not judged.
    /// </summary>
    OtherBase = 3,
}
