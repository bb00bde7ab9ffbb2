using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The text's rate is a yearly average over several years ("an average annual rate of 17% between 2016 and 2024",
/// "17% a year since 2016", "年均增长17%"): it was judged against the compound rate from <paramref name="Since"/>'s stored
/// figure to the claim's year, (end / start)^(1 / <paramref name="Years"/>) − 1, not the change over the whole span.
/// </summary>
/// <param name="Since">The year the average runs from.</param>
/// <param name="Years">The years it is averaged over.</param>
public sealed record AverageAnnualSince(Period Since, int Years) : ClaimNote;
