namespace Turnover.Application;

/// <summary>
/// The rate a goal needs, computed for a claim that states one ("would need to grow 3.6% a year to reach $300 billion
/// by 2030"): from the base year's figure (the evidence's period and value) to the goal's amount in its deadline year.
/// </summary>
/// <param name="GoalUsd">The goal's amount in US dollars (a range's lower end).</param>
/// <param name="DeadlineYear">The year the goal is to be reached in.</param>
/// <param name="Years">The years from the base year to the deadline.</param>
/// <param name="Yearly">True for a compound rate a year, (goal / base)^(1/years) − 1; false for the change over the whole span, goal / base − 1.</param>
/// <param name="BaseNamed">True when the text names the base year; false when it is the latest full year published by the article's date.</param>
public sealed record RequiredGrowthEvidence(decimal GoalUsd, int DeadlineYear, int Years, bool Yearly, bool BaseNamed);
