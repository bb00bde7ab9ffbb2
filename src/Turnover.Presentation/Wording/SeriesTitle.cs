using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>A series' title: what is measured, how often, in which unit, on whose statistics. Tables, charts and the dashboard print the same words.</summary>
internal static class SeriesTitle
{
    public static string Of(GrowthTable table)
    {
        var s = table.Series;
        var what = table.Measure switch
        {
            Measure.Turnover => $"{s.Reporter.Name}–{s.Partner.Name} trade turnover",
            Measure.Exports => $"{s.Reporter.Name}'s exports to {s.Partner.Name}",
            Measure.Imports => $"{s.Reporter.Name}'s imports from {s.Partner.Name}",
            _ => $"{s.Reporter.Name}'s trade balance with {s.Partner.Name}",
        };
        var frequency = s.Granularity switch { Granularity.Month => "monthly", Granularity.Quarter => "quarterly", _ => "annual" };
        // A figure converted from another currency is not the publisher's dollar figure: the caption says so first.
        var unit = ConvertedNote.Currencies(table) is { } from ? $"US$ bn (converted from {from})" : "US$ bn";
        // A reconciled dataset is nobody's own statistics: say whose estimate it is instead.
        return s.Source.IsReconciled()
            ? $"{what}, {frequency}, {unit}, {SourceNames.Describe(s.Source)} (reconciled from both sides' declarations)"
            : $"{what}, {frequency}, {unit}, as reported by {s.Reporter.Name} ({SourceNames.Describe(s.Source)})";
    }
}
