namespace Turnover.Application;

/// <summary>
/// The text's change is against a base no stored figure is known to be ("down $20 billion from its peak"; the period
/// before a span such as January–October): the change from a year earlier is another figure, so it is not judged.
/// </summary>
/// <param name="Text">The words naming the base.</param>
public sealed record ChangeAgainstOtherBase(string Text) : UnverifiableReason;
