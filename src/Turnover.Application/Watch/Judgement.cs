using Turnover.Analytics.Targets;

namespace Turnover.Application;

/// <summary>
/// What a watched claim or target was judged on one day: the verdict, the stored figure it rests on, the growth rate
/// compared and the model's probability. Two judgements differ when any of these does.
/// </summary>
/// <param name="ClaimVerdict">A claim's verdict; null for a target, or a claim no longer read from its article.</param>
/// <param name="TargetVerdict">A target's verdict; null for a claim.</param>
/// <param name="FigureUsd">The stored figure judged on (an open target's progress; for a change, the stored change), US dollars; null when none, or for a target met or missed.</param>
/// <param name="GrowthPercent">The growth rate compared, percent; null when none.</param>
/// <param name="Probability">The model's chance (0–1) of the target, or of a claim's projection, today; null when no model ran or the outcome is known.</param>
public sealed record Judgement(ClaimVerdict? ClaimVerdict, TargetVerdict? TargetVerdict, decimal? FigureUsd, decimal? GrowthPercent, double? Probability);
