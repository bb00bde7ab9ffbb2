namespace Turnover.Application;

/// <summary>
/// The text's growth rate is against a base it names without a period ("fell 9.5% from their peak", "up 30% on pre-war
/// levels"): no stored figure is known to be that base, and the year-on-year rate the store holds is another rate, so
/// it is not judged.
/// </summary>
/// <param name="Text">The words naming the base.</param>
public sealed record GrowthAgainstOtherBase(string Text) : UnverifiableReason;
