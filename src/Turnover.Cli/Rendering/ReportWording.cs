using System.Globalization;
using System.Text;
using Turnover.Analytics;
using Turnover.Analytics.Targets;
using Turnover.Application;
using Turnover.Charts;
using Turnover.Core;
using Turnover.Presentation.Wording;
using Turnover.Reports;

namespace Turnover.Cli.Rendering;

/// <summary>Words a report's data as a page: headline figures, the chart, the growth table, targets, both sides, releases.</summary>
internal static class ReportWording
{
    public static ReportPage Page(ReportAnswer answer, DateTimeOffset written)
    {
        var request = answer.Request;
        var title = $"{request.A.Name}–{request.B.Name} trade";
        var subtitle = (request.AsOf is { } asOf
                ? Invariant($"As published by {asOf:yyyy-MM-dd}")
                : Invariant($"All figures stored on {written:yyyy-MM-dd}"))
            + $"; {Whose(answer.Annual.Choice)}. Written by turnover {Invariant($"{written:yyyy-MM-dd HH:mm} UTC")}.";
        var sections = new List<ReportSection> { Headlines(answer), Figure(answer), Annual(answer.Annual.Table) };
        foreach (var check in answer.Checks)
        {
            sections.AddRange(Target(check));
        }

        if (OtherSides(answer) is { } sides)
        {
            sections.Add(sides);
        }

        sections.Add(Releases(answer));
        return new ReportPage(title, subtitle, sections);
    }

    private static HeadlineSection Headlines(ReportAnswer answer)
    {
        var figures = new List<Headline>();
        if (answer.Annual.Table.Rows.LastOrDefault(r => r.Value is not null) is { } year)
        {
            figures.Add(new Headline($"Turnover {year.Period}", Bn(year.Value), TargetFacts.Growth(year.YoyPercent, year.PublishedYoyPercent)));
        }

        if (answer.Monthly?.Table.Rows.LastOrDefault(r => r.Value is not null) is { } month)
        {
            if (month.Period.EndMonth != 12 && month.YearToDate is not null)
            {
                figures.Add(new Headline($"Year to date {month.Period.Year}, Jan–{Month(month.Period.EndMonth)}", Bn(month.YearToDate), TargetFacts.Growth(month.YearToDateYoyPercent, month.PublishedYearToDateYoyPercent)));
            }

            if (month.Period.EndMonth != 12 && month.Rolling12 is not null)
            {
                figures.Add(new Headline($"12 months to {month.Period}", Bn(month.Rolling12), $"YoY computed {Numbers.Percent(month.Rolling12YoyPercent)}"));
            }
        }

        foreach (var report in answer.Checks.SelectMany(c => c.Reports))
        {
            // The verdict's first words are the headline ("met in 2023-11"), the rest its context.
            var verdict = TargetWording.Verdict(report, CommandLineHints.Instance);
            var colon = verdict.IndexOf(": ", StringComparison.Ordinal);
            figures.Add(colon > 0
                ? new Headline($"Target {report.Target.Name}", verdict[..colon], $"{verdict[(colon + 2)..]}; {Side(report)}")
                : new Headline($"Target {report.Target.Name}", verdict, Side(report)));
        }

        return new HeadlineSection("Headline figures", figures);
    }

    private static FigureSection Figure(ReportAnswer answer)
    {
        var chart = ChartWording.Chart(answer.Chart, answer.Request.AsOf);
        var svg = Encoding.UTF8.GetString(ChartRenderer.Render(chart, ChartFormat.Svg));
        var heading = answer.Chart.Series.Table.Series.Granularity == Granularity.Month ? "Monthly trade" : "Annual trade";
        var legend = answer.Chart.Series.Table.Series.Granularity == Granularity.Month
            ? "Bars: each month (left axis; January–February combined where published so); line: the rolling 12 months (right axis)"
            : "Columns: each year";
        legend += answer.Chart.Fan.Count > 0 ? "; shaded: the forecast fan, 80% and 95% of simulated paths." : ".";
        return new FigureSection(answer.Chart.Fan.Count > 0 ? heading + " and forecast" : heading, svg, legend);
    }

    private static TableSection Annual(GrowthTable table)
    {
        var printed = table.Rows.Any(r => r.PublishedYoyPercent is not null);
        IReadOnlyList<string> columns = printed
            ? ["year", "US$ bn", "YoY computed", "YoY published"]
            : ["year", "US$ bn", "YoY computed"];
        var rows = table.Rows
            .Select(r => (IReadOnlyList<string>)(printed
                ? [r.Period.ToString(), Numbers.Billions(r.Value), Numbers.Percent(r.YoyPercent), Numbers.Printed(r.PublishedYoyPercent)]
                : [r.Period.ToString(), Numbers.Billions(r.Value), Numbers.Percent(r.YoyPercent)]))
            .ToList();
        var notes = new List<string> { "Computed: from the values shown." };
        if (printed)
        {
            notes.Add($"Published: as printed by {SourceNames.Describe(table.Series.Source)} on its unrounded figures; – where it printed none.");
        }

        if (table.Cagr is { } cagr)
        {
            notes.Add(Invariant($"CAGR {cagr.FromYear}–{cagr.ToYear}: {Numbers.Percent(cagr.RatePercent)} a year ({Numbers.Billions(cagr.FromValue)} → {Numbers.Billions(cagr.ToValue)} bn)."));
        }

        // As under the series table: years the source did not publish as such, and years with no figure at all.
        foreach (var note in new[] { MonthsNote.Describe(table), GapsNote.Describe(table), SuspectNote.Describe(table), ConvertedNote.Describe(table) })
        {
            if (note is not null)
            {
                notes.Add(note);
            }
        }

        return new TableSection(SeriesRenderer.Title(table), columns, rows, string.Join(" ", notes));
    }

    private static IEnumerable<ReportSection> Target(TargetCheck check)
    {
        foreach (var report in check.Reports)
        {
            var rows = TargetFacts.Facts(report).Select(f => (IReadOnlyList<string>)[f.What, f.Value]).ToList();
            if (TargetFacts.Model(report) is { } model)
            {
                rows.Add(["probability", model]);
            }

            if (TargetWording.Reliability(report) is { } reliability)
            {
                rows.Add(["probability, as measured", Capitalised(reliability)]);
            }

            rows.Add(["verdict", TargetWording.Verdict(report, CommandLineHints.Instance)]);
            var notes = new List<string> { TargetFacts.Heading(report) + ".", Capitalised(TargetFacts.Basis(report)) + "." };
            notes.AddRange(TargetFacts.NotProjected(report).Select(n => Capitalised(n) + "."));
            if (report.Model is { } m && ForecastNoteWording.Text(m.Notes) is { } modelNote)
            {
                notes.Add(modelNote);
            }

            if (TargetWording.Caveat(report) is { } caveat)
            {
                notes.Add("Caveat: " + caveat);
            }

            if (report.Target.Note.Length > 0)
            {
                notes.Add("Note: " + report.Target.Note);
            }

            yield return new TableSection($"Target {report.Target.Name} ({Side(report)})", ["figure", "value"], rows, string.Join(" ", notes));
            if (report.Projections.Count > 0)
            {
                yield return new TableSection($"At this rate: {report.Target.Name} ({Side(report)})", TargetFacts.ProjectionColumns(report.Target), TargetFacts.Projections(report), null);
            }
        }

        foreach (var gap in check.Gaps.Where(g => g.Rows.Count > 0))
        {
            yield return new TableSection(
                $"Target {check.Target.Name}: the two sides' statistics",
                ["figure", "months", $"{gap.First.Name} ({SourceNames.Describe(gap.FirstSource)})", $"{gap.Second.Name} ({SourceNames.Describe(gap.SecondSource)})", "difference", "%"],
                [.. gap.Rows.Select(row => (IReadOnlyList<string>)
                [
                    TargetWording.What(row, check.Target), TargetWording.Months(row), Numbers.Billions(row.FirstUsd), Numbers.Billions(row.SecondUsd),
                    Numbers.Billions(row.DifferenceUsd), row.DifferencePercent is { } pct ? Numbers.Percent(pct) : "–",
                ])],
                $"US$ bn. Why they differ: {TargetWording.Explanation(gap)}.");
        }
    }

    /// <summary>Each year's turnover on every stored side and publisher, the chosen one first.</summary>
    private static TableSection? OtherSides(ReportAnswer answer)
    {
        if (answer.OtherSides.Count == 0)
        {
            return null;
        }

        var sides = new[] { answer.Annual }.Concat(answer.OtherSides).ToList();
        var byYear = sides.Select(s => s.Table.Rows.Where(r => r.Value is not null).ToDictionary(r => r.Period.Year, r => r.Value!.Value)).ToList();
        var years = byYear.SelectMany(d => d.Keys).Distinct().Order().ToList();
        IReadOnlyList<string> columns = [.. new[] { "year" }.Concat(sides.Select(s => Whose(s.Choice))), .. answer.OtherSides.Select(s => $"{Short(s.Choice)} vs {Short(answer.Annual.Choice)}")];
        var rows = years.Select(year =>
        {
            var cells = new List<string> { year.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(byYear.Select(d => d.TryGetValue(year, out var v) ? Numbers.Billions(v) : "–"));
            cells.AddRange(byYear.Skip(1).Select(d => d.TryGetValue(year, out var v) && byYear[0].TryGetValue(year, out var first) && first != 0
                ? Numbers.Percent((v - first) / first * 100m)
                : "–"));
            return (IReadOnlyList<string>)cells;
        }).ToList();
        return new TableSection(
            "Turnover on each side's and publisher's statistics (US$ bn)",
            columns,
            rows,
            "Differences: each country's customs value the same trade differently (imports at CIF, with freight and insurance, exports at FOB; goods "
            + "routed through third countries are attributed differently, and shipments in transit at the turn of a year are counted in different years); a dataset built from product lines sums them, and revisions reach publishers at different times. – where a side published nothing.");
    }

    private static TableSection Releases(ReportAnswer answer) => new(
        "Sources and releases used",
        ["release", "source", "file", "published", "stored", "rows stored", "conversion"],
        [.. answer.Releases.Select(r => (IReadOnlyList<string>)
        [
            Invariant($"#{r.Id}"), SourceNames.Describe(r.Source), r.FileName, r.Vintage is { } v ? Invariant($"{v:yyyy-MM-dd}") : "undated (publication lag applies)",
            Invariant($"{r.IngestedAt:yyyy-MM-dd}"), Numbers.Count(r.RowsStored), r.Conversion is { } c ? $"from {c.From} ({c.RatesFile ?? "rates file not recorded"})" : "none (published in US$)",
        ])],
        answer.Request.AsOf is { } asOf ? Invariant($"Only releases published by {asOf:yyyy-MM-dd} are used.") : "The latest publication of each figure is used.");

    private static string Whose(SourceChoice choice) => SourceCatalog.Of(choice.Source).Reconciled
        ? $"{SourceNames.Describe(choice.Source)} (reconciled)"
        : $"{choice.Reporter.Name}'s statistics ({SourceNames.Describe(choice.Source)})";

    private static string Short(SourceChoice choice) => $"{SourceCatalog.Of(choice.Source).Code} ({choice.Reporter.Label})";

    private static string Side(TargetReport report) => report.Source is { } source
        ? $"on {report.Reporter.Name}'s statistics ({SourceNames.Describe(source)})"
        : "no statistics";

    private static string Bn(decimal? usd) => $"US${Numbers.Billions(usd)} bn";

    private static string Month(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
