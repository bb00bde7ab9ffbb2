namespace Turnover.Core;

/// <summary>
/// Two reports of the same figure that disagree beyond rounding. The chosen value is stored; this keeps the
/// evidence for the one that was not, so <c>turnover info</c> can list it.
/// </summary>
/// <param name="Reporter">Whose statistics.</param>
/// <param name="Partner">Counterpart.</param>
/// <param name="Flow">Direction, from the reporter's side.</param>
/// <param name="Period">Period of the figure.</param>
/// <param name="ChosenUsd">The canonical value kept, USD.</param>
/// <param name="ChosenEvidence">Where the kept value came from (a URL or file:line).</param>
/// <param name="OtherUsd">The disagreeing value, USD.</param>
/// <param name="OtherEvidence">Where the disagreeing value came from.</param>
/// <param name="Reason">Why the chosen value won (e.g. "3 reports agree", "more precise").</param>
public sealed record Discrepancy(
    Country Reporter,
    Country Partner,
    Flow Flow,
    Period Period,
    decimal ChosenUsd,
    string ChosenEvidence,
    decimal OtherUsd,
    string OtherEvidence,
    string Reason);
