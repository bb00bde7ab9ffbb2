namespace Turnover.Analytics.Targets;

/// <summary>Which figure of a target's metric a <see cref="GapRow"/> compares.</summary>
public enum GapFigure
{
    /// <summary>A complete calendar year.</summary>
    Year,

    /// <summary>The baseline year of an increment target.</summary>
    BaselineYear,

    /// <summary>The latest year to date both sides published.</summary>
    YearToDate,

    /// <summary>The sum since the target's first year (cumulative target).</summary>
    Cumulative,

    /// <summary>The increment over the baseline year's pace since the target's first year (increment target).</summary>
    Increment,
}
