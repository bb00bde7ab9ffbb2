using Turnover.Core;

namespace Turnover.Application;

/// <summary>A pair was asked of one country with itself: trade is between two countries.</summary>
/// <param name="Country">The country named twice.</param>
public sealed record SameCountryTwice(Country Country) : FailureReason;
