using Turnover.Core.Targets;

namespace Turnover.Application;

/// <summary>A target to draw is a cumulative sum or an increment, not a year's value: no line at its amount stands for it.</summary>
/// <param name="Target">The target.</param>
public sealed record TargetNotAnnualValue(Target Target) : FailureReason;
