using Turnover.Analytics;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Presentation.Wording;

/// <summary>The sentences a series table prints under it, for the JSON too: an answer says what is missing and why in every format.</summary>
internal static class SeriesNotes
{
    /// <summary>
    /// An empty or short window, gaps, suspect levels, sums of product lines, quarters from cumulatives, months
    /// combined, conversions: each that applies, in the order the table prints them.
    /// </summary>
    public static IReadOnlyList<string> Of(GrowthTable table, Period? from, Period? to) =>
        [.. new[]
        {
            EmptyWindowNote.Describe(table, from, to), GapsNote.Describe(table), SuspectNote.Describe(table), SummedNote.Describe(table),
            CumulativesNote.Describe(table), MonthsNote.Describe(table), ConvertedNote.Describe(table),
        }.OfType<string>()];

    /// <summary>"Also stored: Russian Federation's figures via Russia's customs, FCS (--reporter RUS --source Fcs)."</summary>
    public static string AlsoStored(SourceCoverage other) => other.Reconciled
        ? $"Also stored: {SourceNames.Describe(other.Source)}'s reconciled figures for the pair (--source {SourceNames.Code(other.Source)})."
        : $"Also stored: {other.Reporter.Name}'s figures via {SourceNames.Describe(other.Source)} (--reporter {other.Reporter.Label} --source {SourceNames.Code(other.Source)}).";
}
