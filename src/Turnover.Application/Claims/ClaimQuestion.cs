using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application;

/// <summary>The query a claim became: which pair, flow, period and quantity, and whose statistics the text names.</summary>
/// <param name="A">The first country (the claim's reporter).</param>
/// <param name="B">The other.</param>
/// <param name="Measure">Turnover, or A's exports to / imports from B.</param>
/// <param name="PeriodKind">Year, year to date, month, quarter or half.</param>
/// <param name="Period">The period asked about; null when the text gives none that could be fixed.</param>
/// <param name="Quantity">Level, growth, a target value, a rank.</param>
/// <param name="Reporter">
/// The side whose statistics the claim's figure belongs to: the side whose statistics the text cites ("according to
/// Russian customs"), else, when the text names a direction, the side whose exports or imports it names; null for
/// turnover with no statistics cited.
/// </param>
public sealed record ClaimQuestion(Country A, Country B, Measure Measure, PeriodKind PeriodKind, Period? Period, ClaimQuantity Quantity, Country? Reporter)
{
    /// <summary>For an amount over several calendar years, the first of them (<see cref="Period"/> is then the last); null otherwise.</summary>
    public int? FromYear { get; init; }
}
