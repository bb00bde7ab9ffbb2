using System.Globalization;
using Spectre.Console;
using Turnover.Analytics;
using Turnover.Presentation;
using Turnover.Presentation.Wording;
using Turnover.Store;

namespace Turnover.Cli.Rendering;

/// <summary>The <c>info</c> sections about published growth rates: levels they contradict, and rate reports that disagree.</summary>
internal static class SuspectRenderer
{
    /// <summary>Suspect levels of every pair's annual and year-to-date figures as visible on the date, with the evidence.</summary>
    public static void RenderSuspects(IAnsiConsole console, ITradeStore store, IReadOnlyList<SourceCoverage> covered, DateOnly? asOf)
    {
        var suspects = StoredSuspects.Find(store, covered, asOf);
        if (suspects.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"suspect figures ({suspects.Count}): levels the published growth rates around them contradict");
        table.AddColumns("reporter", "partner", "period", "flow", "value", "evidence");
        foreach (var (c, s) in suspects)
        {
            table.AddRow(
                Escape.Markup(c.Reporter.Name), Escape.Markup(c.Partner.Name), s.Period.ToString(), s.Measure.ToString().ToLowerInvariant(), Numbers.Billions(s.ValueUsd),
                Escape.Markup(SuspectNote.Evidence(s)));
        }

        console.WriteWhole(table);
        console.WriteLine(
            "A level is suspect when the rate printed for it (on the year before) and the rate printed for the next year (on it) both disagree with it beyond "
            + string.Create(CultureInfo.InvariantCulture, $"rounding (a unit of the rate's last digit, the levels' rounding, and {SuspectLevels.RevisionAllowancePoints} points for revisions of the year before), both placing it on the same side.")
            + " Shown as evidence; the stored value is not changed.");
    }

    /// <summary>Reports of one published rate that disagreed beyond rounding with the rate kept.</summary>
    public static void RenderRateDisagreements(IAnsiConsole console, ITradeStore store)
    {
        var disagreements = store.RateDisagreements();
        if (disagreements.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title($"disagreeing growth rates ({disagreements.Count}): kept rate vs. other report");
        table.AddColumns("period", "flow", "kept", "other", "why", "other's source");
        foreach (var (_, d) in disagreements)
        {
            table.AddRow(d.Period.ToString(), d.Flow.ToString(), Numbers.Printed(d.ChosenPercent), Numbers.Printed(d.OtherPercent), Escape.Markup(d.Reason), Escape.Markup(d.OtherEvidence));
        }

        console.WriteWhole(table);
    }
}
