using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Application;

/// <summary>A target to draw is for another flow than the chart shows.</summary>
/// <param name="Target">The target.</param>
/// <param name="Shown">The measure the chart shows.</param>
public sealed record TargetOfAnotherFlow(Target Target, Measure Shown) : FailureReason;
