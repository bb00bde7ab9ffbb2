namespace Turnover.Application;

/// <summary>
/// A fact with no figure ("hit a record in 2024", "rose for a fourth straight year") says only what <paramref name="Why"/>
/// could not check: with nothing else to judge, the claim is not verifiable. (A rise or fall with no year before it
/// stored is <see cref="NoGrowthRate"/>.)
/// </summary>
/// <param name="Why">The record or superlative not checked, and why (<see cref="RecordNotChecked"/>, <see cref="SuperlativeNotChecked"/>).</param>
public sealed record FigurelessCheckNotMade(ClaimNote Why) : UnverifiableReason;
