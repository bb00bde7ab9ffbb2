using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Application;

/// <summary>A target named for a report is of another pair than the report's.</summary>
/// <param name="Target">The target.</param>
/// <param name="A">The report's first country.</param>
/// <param name="B">The report's second country.</param>
public sealed record TargetOfAnotherPair(Target Target, Country A, Country B) : FailureReason;
