using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Turnover.Analytics.Targets;
using Turnover.Application;
using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Presentation.Json;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Rendering;

/// <summary>Renders targets and their checks.</summary>
internal static class TargetRenderer
{
    public static void RenderList(IAnsiConsole console, IReadOnlyList<RegisteredTarget> targets)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("name", "pair", "metric", "amount", "basis", "years", "announced", "by", "registered in");
        foreach (var (t, origin) in targets)
        {
            table.AddRow(
                t.Name, $"{t.First.Label}–{t.Second.Label}", TargetFacts.Metric(t), Numbers.Billions(t.AmountUsd) + " bn", TargetFile.BasisName(t.Basis),
                t.Basis == TargetBasis.Increment ? $"{t.FromYear}–{t.DeadlineYear} vs {t.BaselineYear}" : t.Basis == TargetBasis.Cumulative ? $"{t.FromYear}–{t.DeadlineYear}" : $"by {t.DeadlineYear}",
                t.AnnouncedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Markup.Escape(t.AnnouncedBy), Markup.Escape(origin));
        }

        console.WriteWhole(table);
    }

    public static void RenderCheck(IAnsiConsole console, TargetCheck check)
    {
        foreach (var report in check.Reports)
        {
            RenderReport(console, report);
        }

        foreach (var gap in check.Gaps)
        {
            RenderGap(console, gap, check.Target);
        }
    }

    /// <summary>One line per target and side: whose statistics, and the verdict.</summary>
    public static void RenderSummary(IAnsiConsole console, IReadOnlyList<TargetCheck> checks, string title)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumns("target", "statistics", "verdict");
        foreach (var report in checks.SelectMany(c => c.Reports))
        {
            table.AddRow(
                Markup.Escape(report.Target.Name),
                Markup.Escape(report.Source is { } source ? $"{report.Reporter.Label} ({SourceNames.Describe(source)})" : "–"),
                $"[{Colour(report.Verdict)}]{Markup.Escape(TargetWording.Verdict(report, CommandLineHints.Instance))}[/]"
                    + (report.StaleMonths is null ? string.Empty
                        : $" [yellow]{Markup.Escape(report.Model is null ? $"(figures end {report.LatestFigure})" : $"(figures end {report.LatestFigure}: the months since are simulated)")}[/]"));
        }

        console.WriteWhole(table);
    }

    private static void RenderReport(IAnsiConsole console, TargetReport r)
    {
        var t = r.Target;
        console.MarkupLine($"[bold]{Markup.Escape(t.Name)}[/]: {Markup.Escape(TargetFacts.Description(t))}");
        console.MarkupLine("  " + Markup.Escape(TargetFacts.Basis(r)));
        var facts = new Table().Border(TableBorder.Rounded).HideHeaders();
        facts.AddColumns("what", "value");
        foreach (var fact in TargetFacts.Facts(r))
        {
            facts.AddRow(Markup.Escape(fact.What), Markup.Escape(fact.Value));
        }

        if (facts.Rows.Count > 0)
        {
            console.WriteWhole(facts);
        }

        if (r.Projections.Count > 0)
        {
            var projections = new Table().Border(TableBorder.Rounded).Title("at this rate");
            projections.AddColumns([.. TargetFacts.ProjectionColumns(t)]);
            foreach (var row in TargetFacts.Projections(r))
            {
                projections.AddRow([.. row.Select(Markup.Escape)]);
            }

            console.WriteWhole(projections);
        }

        foreach (var missing in TargetFacts.NotProjected(r))
        {
            console.MarkupLine($"  [grey]{Markup.Escape(missing)}[/]");
        }

        if (TargetFacts.Model(r) is { } model)
        {
            console.MarkupLine(Markup.Escape("  " + model));
            if (ForecastNoteWording.Text(r.Model!.Notes) is { } note)
            {
                console.MarkupLine($"  [grey]{Markup.Escape(note)}[/]");
            }

            if (TargetWording.Reliability(r) is { } reliability)
            {
                console.MarkupLine($"  [grey]{Markup.Escape(reliability)}[/]");
            }
        }

        if (TargetWording.Caveat(r) is { } caveat)
        {
            console.MarkupLine($"  [yellow]caveat: {Markup.Escape(caveat)}[/]");
        }

        console.MarkupLine($"  verdict: [{Colour(r.Verdict)}]{Markup.Escape(TargetWording.Verdict(r, CommandLineHints.Instance))}[/]");
        if (t.Note.Length > 0)
        {
            console.MarkupLine($"  [grey]note: {Markup.Escape(t.Note)}[/]");
        }

        console.WriteLine();
    }

    private static void RenderGap(IAnsiConsole console, StatisticsGap gap, Target target)
    {
        var first = $"{gap.First.Name} ({SourceNames.Describe(gap.FirstSource)}): {Flow(gap, gap.FirstMeasure, gap.First)}";
        var second = $"{gap.Second.Name} ({SourceNames.Describe(gap.SecondSource)}): {Flow(gap, gap.SecondMeasure, gap.Second)}";
        if (gap.Rows.Count == 0)
        {
            console.MarkupLine(Markup.Escape($"  gap between the two sides' statistics: {first} and {second} share no period both published."));
            console.WriteLine();
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("gap between the two sides' statistics");
        table.AddColumns("figure", "months", Markup.Escape(first), Markup.Escape(second), "difference", "%");
        foreach (var row in gap.Rows)
        {
            table.AddRow(
                Markup.Escape(TargetWording.What(row, target)), TargetWording.Months(row), Numbers.Billions(row.FirstUsd) + " bn", Numbers.Billions(row.SecondUsd) + " bn",
                Signed(row.DifferenceUsd) + " bn", row.DifferencePercent is { } pct ? Numbers.Percent(pct) : "–");
        }

        console.WriteWhole(table);
        console.MarkupLine($"  [grey]{Markup.Escape($"why they differ: {TargetWording.Explanation(gap)}.")}[/]");
        console.WriteLine();
    }

    private static string Flow(StatisticsGap gap, Measure measure, Country reporter)
    {
        var partner = reporter == gap.First ? gap.Second : gap.First;
        return measure switch
        {
            Measure.Exports => $"exports to {partner.Label}",
            Measure.Imports => $"imports from {partner.Label}",
            _ => "turnover",
        };
    }

    private static string Signed(decimal usd) => (usd > 0 ? "+" : string.Empty) + Numbers.Billions(usd);

    /// <summary>Writes the <c>turnover.target-check/2</c> document (docs/json-contract.md).</summary>
    public static void RenderJson(TextWriter output, DateOnly asOf, IReadOnlyList<TargetCheck> checks) =>
        output.WriteLine(JsonSerializer.Serialize(TargetCheckDocument.From(asOf, checks, CommandLineHints.Instance), TurnoverJsonContext.Readable.TargetCheckDocument));

    private static string Colour(TargetVerdict verdict) => verdict switch
    {
        TargetVerdict.Met or TargetVerdict.AheadOfSchedule or TargetVerdict.OnTrack => "green",
        TargetVerdict.AtRisk => "yellow",
        TargetVerdict.NoData or TargetVerdict.Undetermined or TargetVerdict.Open => "grey",
        _ => "red",
    };
}
