namespace Turnover.Core.Targets;

/// <summary>What a target's amount is measured against.</summary>
public enum TargetBasis : byte
{
    /// <summary>A calendar-year value reaching the amount by the deadline year ("$200bn of trade by 2024").</summary>
    AnnualValue,

    /// <summary>The sum over a run of years reaching the amount ("$500bn over 2020–2021").</summary>
    Cumulative,

    /// <summary>
    /// The sum over a run of years exceeding the baseline year's value times the number of years by the amount
    /// ("China buys $200bn more US goods over 2020–2021 than in 2017").
    /// </summary>
    Increment,
}
