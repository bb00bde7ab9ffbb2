using Turnover.Core;

namespace Turnover.Application;

/// <summary>A mirror was asked of one country with itself: it sets two countries' statistics side by side.</summary>
/// <param name="Country">The country named twice.</param>
public sealed record SameCountryTwice(Country Country) : FailureReason;
