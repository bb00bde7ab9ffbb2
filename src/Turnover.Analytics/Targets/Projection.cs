using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>An "at this rate" projection: a growth rate speakers use, carried forward, and what it gives.</summary>
/// <param name="Kind">Which rate.</param>
/// <param name="GrowthPercent">The annual growth rate applied.</param>
/// <param name="DeadlineValueUsd">What the rate gives for the target's measure at the deadline (annual value, or cumulative achievement).</param>
/// <param name="CrossingYear">The first year the projection reaches the target, if by 2100.</param>
public sealed record Projection(ProjectionKind Kind, double GrowthPercent, decimal DeadlineValueUsd, int? CrossingYear)
{
    /// <summary>Whether the rate was computed from the levels or taken as the publisher printed it.</summary>
    public RateOrigin Origin { get; init; }

    /// <summary>The rate the publisher printed for the same window, where it printed one (shown beside a computed rate), percent.</summary>
    public decimal? PublishedPercent { get; init; }

    /// <summary>The year whose value the rate is applied from.</summary>
    public int BaseYear { get; init; }

    /// <summary>That year's value (or, for the rolling projection, the calendar-year equivalent), USD.</summary>
    public decimal BaseValueUsd { get; init; }

    /// <summary>
    /// The window whose growth gave the rate: a year to date, the month that ends the latest twelve months
    /// (rolling), or the last complete year (CAGR, whose window is the three years to it).
    /// </summary>
    public Period Window { get; init; }

    /// <summary>The window's value (the twelve months' value for the rolling projection), USD.</summary>
    public decimal WindowValueUsd { get; init; }

    /// <summary>
    /// The value the growth was measured from: the same months a year earlier, the twelve months before, or the
    /// total three years before the last complete year (CAGR); null when it is not in the data (a published rate is used).
    /// </summary>
    public decimal? EarlierValueUsd { get; init; }

    /// <summary>The rates printed for each of the three years chained into a published CAGR, oldest first (percent); empty otherwise.</summary>
    public IReadOnlyList<decimal> ChainedPublishedPercents { get; init; } = [];
}
