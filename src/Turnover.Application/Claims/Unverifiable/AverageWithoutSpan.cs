namespace Turnover.Application;

/// <summary>
/// The text's rate is a yearly average ("grew 17% a year on average") and names no years it runs over: no two stored
/// figures are known to be its ends.
/// </summary>
/// <param name="Text">The rate as written.</param>
public sealed record AverageWithoutSpan(string Text) : UnverifiableReason;
