namespace Turnover.Application;

/// <summary>One calendar year's stored figure in a sum over several years ("$900 billion in 2019-2023").</summary>
/// <param name="Year">The year.</param>
/// <param name="ValueUsd">Its stored figure, US dollars.</param>
public sealed record SummedYear(int Year, decimal ValueUsd);
