namespace Turnover.Application;

/// <summary>
/// A goal or projection of a fall by a year ("to halve imports by 2030"): targets are tracked as amounts to reach, and
/// a fall to a level is not one, so it is not judged.
/// </summary>
/// <param name="Text">The rate as written.</param>
public sealed record FallingGoal(string Text) : UnverifiableReason;
