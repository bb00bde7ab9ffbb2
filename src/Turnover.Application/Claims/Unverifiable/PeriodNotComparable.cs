using Turnover.Claims;

namespace Turnover.Application;

/// <summary>
/// The text gives a span no stored period is (twelve months across two years, a fiscal year, words read two ways),
/// which the extractor read as no period rather than guess: the reason names it instead of "no period".
/// </summary>
/// <param name="Period">The span and its words.</param>
public sealed record PeriodNotComparable(UnreadPeriod Period) : UnverifiableReason;
