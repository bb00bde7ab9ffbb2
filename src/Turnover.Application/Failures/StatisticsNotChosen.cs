using Turnover.Analytics.Targets;

namespace Turnover.Application;

/// <summary>No statistics of a pair could be chosen (the same facts a target check reports as its no-data reason).</summary>
/// <param name="Facts">Why, and what the store holds instead.</param>
public sealed record StatisticsNotChosen(NoStatisticsChosen Facts) : FailureReason;
