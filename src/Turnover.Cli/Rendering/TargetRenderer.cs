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
                t.Name, $"{t.First.Label}–{t.Second.Label}", Metric(t), Numbers.Billions(t.AmountUsd) + " bn", TargetFile.BasisName(t.Basis),
                t.Basis == TargetBasis.Increment ? $"{t.FromYear}–{t.DeadlineYear} vs {t.BaselineYear}" : t.Basis == TargetBasis.Cumulative ? $"{t.FromYear}–{t.DeadlineYear}" : $"by {t.DeadlineYear}",
                t.AnnouncedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Markup.Escape(t.AnnouncedBy), Markup.Escape(origin));
        }

        console.Write(table);
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
                $"[{Colour(report.Verdict)}]{Markup.Escape(TargetWording.Verdict(report))}[/]"
                    + (report.StaleMonths is null ? string.Empty : $" [yellow]{Markup.Escape($"(figures end {report.LatestFigure}: the months since are simulated)")}[/]"));
        }

        console.Write(table);
    }

    private static void RenderReport(IAnsiConsole console, TargetReport r)
    {
        var t = r.Target;
        console.MarkupLine($"[bold]{Markup.Escape(t.Name)}[/]: {Markup.Escape($"{Metric(t)} {t.First.Name}–{t.Second.Name}")} {Numbers.Billions(t.AmountUsd)} bn, {TargetFile.BasisName(t.Basis)}, deadline {t.DeadlineYear}; announced {t.AnnouncedOn:yyyy-MM-dd} by {Markup.Escape(t.AnnouncedBy)}");
        console.MarkupLine(r.Source switch
        {
            { } reconciled when reconciled.IsReconciled() => $"  as of {r.AsOf:yyyy-MM-dd}, on {Markup.Escape(SourceNames.Describe(reconciled))}'s reconciled figures (both sides' declarations, one estimate)",
            { } source => $"  as of {r.AsOf:yyyy-MM-dd}, on {Markup.Escape(r.Reporter.Name)}'s statistics ({Markup.Escape(SourceNames.Describe(source))})",
            null => $"  as of {r.AsOf:yyyy-MM-dd}",
        });
        var facts = new Table().Border(TableBorder.Rounded).HideHeaders();
        facts.AddColumns("what", "value");
        if (r.LatestYear is var (year, value))
        {
            facts.AddRow($"latest complete year {year}", $"{Numbers.Billions(value)} bn ({Growth(r.LatestYearGrowthPercent, r.LatestYearPublishedGrowthPercent)})");
        }

        if (r.YearToDate is { } ytd)
        {
            facts.AddRow($"year to date {ytd.Through}", $"{Numbers.Billions(ytd.ValueUsd)} bn ({Growth(ytd.GrowthPercent, ytd.PublishedGrowthPercent)})");
        }

        if (r.Rolling12 is { } rolling)
        {
            facts.AddRow($"12 months to {rolling.Through}", $"{Numbers.Billions(rolling.ValueUsd)} bn ({Numbers.Percent(rolling.GrowthPercent)} YoY)");
        }

        if (r.Baseline is var (baselineYear, baselineValue))
        {
            facts.AddRow($"baseline year {baselineYear}", Numbers.Billions(baselineValue) + " bn");
        }

        if (r.ProgressPercent is { } progress)
        {
            facts.AddRow("progress", Markup.Escape($"{progress.ToString("0.0", CultureInfo.InvariantCulture)}% of the target {ProgressBar(progress)}"));
        }

        if (r.RequiredGrowthPercent is { } required)
        {
            facts.AddRow("growth still needed", $"{Numbers.Percent(required)} a year to reach it in {t.DeadlineYear}");
        }

        if (facts.Rows.Count > 0)
        {
            console.Write(facts);
        }

        if (r.Projections.Count > 0)
        {
            var projections = new Table().Border(TableBorder.Rounded).Title("at this rate");
            projections.AddColumns("projection", "rate", $"value at {t.DeadlineYear}", "reaches target in", "how");
            foreach (var p in r.Projections)
            {
                projections.AddRow(TargetWording.Name(p.Kind), $"{Numbers.Percent(p.GrowthPercent)} {(p.Origin == RateOrigin.Published ? "published" : "computed")}", Numbers.Billions(p.DeadlineValueUsd) + " bn",
                    p.CrossingYear?.ToString(CultureInfo.InvariantCulture) ?? "not by 2100", Markup.Escape(TargetWording.Explanation(p)));
            }

            console.Write(projections);
        }

        foreach (var missing in r.ProjectionsNotMade)
        {
            console.MarkupLine($"  [grey]{Markup.Escape($"not projected: {TargetWording.Name(missing.Kind)}: {TargetWording.Reason(missing)}")}[/]");
        }

        if (r.Model is { } m)
        {
            var byYear = string.Join(", ", m.CrossingByYear.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Year}: {c.Share * 100:0}%")));
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"  model {m.Method}, {m.Paths:N0} simulated paths: P(reached by {t.DeadlineYear}) = {m.Probability * 100:0.0}%; reached by end of {byYear}; value at {t.DeadlineYear}: {Numbers.Billions(m.DeadlineP10)}–{Numbers.Billions(m.DeadlineP90)} bn (80% interval), median {Numbers.Billions(m.DeadlineMedian)}")));
            if (m.Note is { } note)
            {
                console.MarkupLine($"  [grey]{Markup.Escape(note)}[/]");
            }
        }

        if (r.Caveat is { } caveat)
        {
            console.MarkupLine($"  [yellow]caveat: {Markup.Escape(caveat)}[/]");
        }

        console.MarkupLine($"  verdict: [{Colour(r.Verdict)}]{Markup.Escape(TargetWording.Verdict(r))}[/]");
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

        console.Write(table);
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

    /// <summary>Year-on-year growth, each rate labelled: the published one (as printed) first where there is one.</summary>
    private static string Growth(decimal? computed, decimal? published) => published is { } p
        ? $"YoY published {Numbers.Printed(p)}, computed {Numbers.Percent(computed)}"
        : $"YoY computed {Numbers.Percent(computed)}";

    private static string Signed(decimal usd) => (usd > 0 ? "+" : string.Empty) + Numbers.Billions(usd);

    /// <summary>Writes the <c>turnover.target-check/1</c> document (docs/json-contract.md).</summary>
    public static void RenderJson(TextWriter output, DateOnly asOf, IReadOnlyList<TargetCheck> checks) =>
        output.WriteLine(JsonSerializer.Serialize(TargetCheckDocument.From(asOf, checks), TurnoverJsonContext.Readable.TargetCheckDocument));

    private static string Metric(Target t) => t.Metric switch
    {
        Measure.Exports => $"exports of {t.First.Label} to {t.Second.Label}",
        Measure.Imports => $"imports of {t.First.Label} from {t.Second.Label}",
        _ => "turnover",
    };

    private static string ProgressBar(decimal percent)
    {
        var filled = (int)Math.Clamp(Math.Floor(percent / 5m), 0, 20); // never show a full bar before 100%
        return "[" + new string('#', filled) + new string('.', 20 - filled) + "]";
    }

    private static string Colour(TargetVerdict verdict) => verdict switch
    {
        TargetVerdict.Met or TargetVerdict.AheadOfSchedule or TargetVerdict.OnTrack => "green",
        TargetVerdict.AtRisk => "yellow",
        TargetVerdict.NoData or TargetVerdict.Undetermined => "grey",
        _ => "red",
    };
}
