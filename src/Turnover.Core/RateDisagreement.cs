namespace Turnover.Core;

/// <summary>
/// Two reports of the same published growth rate that disagree beyond rounding: the rate kept and the other one,
/// with where each came from, kept as evidence for <c>turnover info</c>.
/// </summary>
/// <param name="Reporter">Whose statistics.</param>
/// <param name="Partner">Counterpart.</param>
/// <param name="Flow">Direction, from the reporter's side.</param>
/// <param name="Period">Period of the rate.</param>
/// <param name="ChosenPercent">The rate kept, percent.</param>
/// <param name="ChosenEvidence">Where the kept rate came from.</param>
/// <param name="OtherPercent">The disagreeing rate, percent.</param>
/// <param name="OtherEvidence">Where the disagreeing rate came from.</param>
/// <param name="Reason">Why the kept rate won.</param>
public sealed record RateDisagreement(
    Country Reporter,
    Country Partner,
    Flow Flow,
    Period Period,
    decimal ChosenPercent,
    string ChosenEvidence,
    decimal OtherPercent,
    string OtherEvidence,
    string Reason);
