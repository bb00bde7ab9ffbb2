namespace Turnover.Claims;

/// <summary>What kind of period a claim is about (JSON <c>periodKind</c>).</summary>
public enum PeriodKind : byte
{
    /// <summary>No period is stated.</summary>
    None = 0,

    /// <summary>A calendar year (<c>year</c>).</summary>
    Year = 1,

    /// <summary>January to some month of a year, cumulative (<c>ytd</c>).</summary>
    YearToDate = 2,

    /// <summary>A single month (<c>month</c>).</summary>
    Month = 3,

    /// <summary>A calendar quarter (<c>quarter</c>).</summary>
    Quarter = 4,

    /// <summary>A half year (<c>half</c>); the first half is also year-to-date June.</summary>
    Half = 5,
}
