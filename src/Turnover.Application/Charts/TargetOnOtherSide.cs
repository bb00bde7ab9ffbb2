using Turnover.Core.Targets;

namespace Turnover.Application;

/// <summary>A target of one country's exports or imports, to draw on the other country's statistics: it is drawn on its own country's only.</summary>
/// <param name="Target">The target (its <see cref="Target.First"/> is the country whose flow it names).</param>
public sealed record TargetOnOtherSide(Target Target) : FailureReason;
