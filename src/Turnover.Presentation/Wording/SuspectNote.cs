using System.Globalization;
using Turnover.Analytics;

namespace Turnover.Presentation.Wording;

/// <summary>
/// Words a <see cref="SuspectLevel"/>: a stored level the published growth rates on both sides of it contradict. The
/// series table says it under the figures, so a computed rate that strays from the printed one has its reason beside it.
/// </summary>
internal static class SuspectNote
{
    /// <summary>One line for the table's foot, or null when no level shown is suspect.</summary>
    public static string? Describe(GrowthTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Suspects.Count == 0)
        {
            return null;
        }

        var levels = table.Suspects.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Period}'s {Numbers.Billions(s.ValueUsd)} bn{YearToDate(table, s)}: {Evidence(s)}"));
        return $"Suspect {(table.Suspects.Count == 1 ? "level" : "levels")}, contradicted beyond rounding by the rates {SourceNames.Describe(table.Series.Source)} printed on both sides: "
            + string.Join(" — ", levels)
            + ". Shown as stored; computed rates on it stray from the printed ones. 'turnover info' lists every suspect figure.";
    }

    /// <summary>
    /// "stored turnover for 2015, $64.200 bn, is contradicted beyond rounding by the rates its publisher (…) printed on
    /// both sides of it — {evidence}": the clause a claim's note and reason share about a suspect level they rest on.
    /// </summary>
    public static string StoredContradicted(SuspectLevel level, Core.SourceKind source)
    {
        ArgumentNullException.ThrowIfNull(level);
        return $"stored {level.Measure.ToString().ToLowerInvariant()} for {MirrorWording.Span(level.Period)}, ${Numbers.Billions(level.ValueUsd)} bn, "
            + $"is contradicted beyond rounding by the rates its publisher ({SourceNames.Describe(source)}) printed on both sides of it — {Evidence(level)}";
    }

    /// <summary>The two failing checks in words: what each published rate implies for the level.</summary>
    public static string Evidence(SuspectLevel suspect)
    {
        ArgumentNullException.ThrowIfNull(suspect);
        var parts = suspect.Checks.Select(check =>
        {
            var into = check.RatePeriod == suspect.Period;
            var other = into ? check.Earlier : check.Later;
            var otherPeriod = into ? check.RatePeriod.PreviousYear() : check.RatePeriod;
            var implied = into ? check.ImpliedLaterUsd : check.ImpliedEarlierUsd;
            return string.Create(CultureInfo.InvariantCulture,
                $"{check.RatePeriod}'s published {Numbers.Printed(check.PublishedPercent)} {(into ? "on" : "with")} {otherPeriod}{(into ? "'s" : " at")} {Numbers.Billions(other)} implies ≈{Numbers.Billions(implied)} (the levels give {Numbers.Percent(check.ComputedPercent)}, rounding allows ±{check.TolerancePoints:0.0#} points)");
        });
        return string.Join("; ", parts);
    }

    private static string YearToDate(GrowthTable table, SuspectLevel suspect) =>
        table.Series.Granularity != Core.Granularity.Year && suspect.Period.IsYearToDate && suspect.Period.Months < 12 ? " (year to date)" : "";
}
