using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>A series' title: what is measured, how often, in which unit, on whose statistics. Tables, charts and the dashboard print the same words.</summary>
internal static class SeriesTitle
{
    public static string Of(GrowthTable table)
    {
        var s = table.Series;
        var what = What(s.Reporter, s.Partner, table.Measure);
        var frequency = Frequency(s.Granularity);
        // A figure converted from another currency is not the publisher's dollar figure: the caption says so first.
        var unit = ConvertedNote.Currencies(table) is { } from ? $"US$ bn (converted from {from})" : "US$ bn";
        // A reconciled dataset is nobody's own statistics: say whose estimate it is instead.
        return s.Source.IsReconciled()
            ? $"{what}, {frequency}, {unit}, {SourceNames.Describe(s.Source)} (reconciled from both sides' declarations)"
            : $"{what}, {frequency}, {unit}, as reported by {s.Reporter.Name} ({SourceNames.Describe(s.Source)})";
    }

    /// <summary>"monthly", "quarterly" or "annual".</summary>
    public static string Frequency(Granularity granularity) => granularity switch
    {
        Granularity.Month => "monthly",
        Granularity.Quarter => "quarterly",
        _ => "annual",
    };

    /// <summary>"China–Russia trade turnover", "China's exports to Russia"…: what a series measures, from the reporter's side.</summary>
    public static string What(Country reporter, Country partner, Measure measure) => measure switch
    {
        Measure.Turnover => $"{reporter.Name}–{partner.Name} trade turnover",
        Measure.Exports => $"{reporter.Name}'s exports to {partner.Name}",
        Measure.Imports => $"{reporter.Name}'s imports from {partner.Name}",
        _ => $"{reporter.Name}'s trade balance with {partner.Name}",
    };
}
