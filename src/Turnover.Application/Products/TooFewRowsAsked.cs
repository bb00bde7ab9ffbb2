namespace Turnover.Application;

/// <summary>A product question asked to list fewer than one row (<see cref="RequestParameter.Top"/>).</summary>
/// <param name="Top">The number asked for.</param>
public sealed record TooFewRowsAsked(int Top) : FailureReason;
