namespace Turnover.Charts;

/// <summary>A trade target drawn as a line at its amount, from the start of the chart up to the end of its deadline year.</summary>
/// <param name="Label">What the legend says, e.g. "Target US$200 bn by 2024".</param>
/// <param name="AnnualUsd">The amount, a year's trade in US dollars.</param>
/// <param name="DeadlineYear">The last year the target covers.</param>
public sealed record ChartTarget(string Label, decimal AnnualUsd, int DeadlineYear);
