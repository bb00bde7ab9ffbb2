namespace Turnover.Application;

/// <summary>
/// A goal or projection of a fall by a year ("trade is expected to fall 20% by 2030"): such goals are judged as amounts
/// to reach, and a fall to a level is not one, so it is not judged.
/// </summary>
/// <param name="Text">The rate as written.</param>
public sealed record FallingGoal(string Text) : UnverifiableReason;
