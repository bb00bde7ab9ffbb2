using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The text's rate runs over several years ("more than doubled since 2016", "rose 174% between 2016 and 2022"): it was
/// judged against the change from <paramref name="Since"/>'s stored figure to the claim's year, not a year-on-year rate.
/// </summary>
/// <param name="Since">The year the rate starts from.</param>
public sealed record GrowthSinceYear(Period Since) : ClaimNote;
