namespace Turnover.Analytics.Targets;

/// <summary>An "at this rate" projection: a growth rate speakers use, carried forward, and what it gives.</summary>
/// <param name="Name">Short name ("year-to-date growth", "rolling 12 months", "CAGR 3 years").</param>
/// <param name="Explanation">Which figures gave the rate and how it is applied.</param>
/// <param name="GrowthPercent">The annual growth rate applied.</param>
/// <param name="DeadlineValueUsd">What the rate gives for the target's measure at the deadline (annual value, or cumulative achievement).</param>
/// <param name="CrossingYear">The first year the projection reaches the target, if by 2100.</param>
public sealed record Projection(string Name, string Explanation, double GrowthPercent, decimal DeadlineValueUsd, int? CrossingYear);
