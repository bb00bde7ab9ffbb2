namespace Turnover.Analytics.Targets;

/// <summary>An "at this rate" projection: a growth rate speakers use, carried forward, and what it gives.</summary>
/// <param name="Name">Short name ("year-to-date growth", "rolling 12 months", "CAGR 3 years").</param>
/// <param name="Explanation">Which figures gave the rate and how it is applied.</param>
/// <param name="GrowthPercent">The annual growth rate applied.</param>
/// <param name="DeadlineValueUsd">What the rate gives for the target's measure at the deadline (annual value, or cumulative achievement).</param>
/// <param name="CrossingYear">The first year the projection reaches the target, if by 2100.</param>
public sealed record Projection(string Name, string Explanation, double GrowthPercent, decimal DeadlineValueUsd, int? CrossingYear)
{
    /// <summary>Whether the rate was computed from the levels or taken as the publisher printed it.</summary>
    public RateOrigin Origin { get; init; }

    /// <summary>The rate the publisher printed for the same window, where it printed one (shown beside a computed rate), percent.</summary>
    public decimal? PublishedPercent { get; init; }

    /// <summary>The year whose value the rate is applied from.</summary>
    public int BaseYear { get; init; }

    /// <summary>That year's value (or, for the rolling projection, the calendar-year equivalent), USD.</summary>
    public decimal BaseValueUsd { get; init; }
}
