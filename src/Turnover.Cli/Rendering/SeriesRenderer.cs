using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Cli.Rendering;

/// <summary>Renders a growth table as a console table, CSV or JSON.</summary>
internal static class SeriesRenderer
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true };

    public static string Title(GrowthTable table)
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
        // A reconciled dataset is nobody's own statistics: say whose estimate it is instead.
        return s.Source.IsReconciled()
            ? $"{what}, {frequency}, US$ bn, {SourceNames.Describe(s.Source)} (reconciled from both sides' declarations)"
            : $"{what}, {frequency}, US$ bn, as reported by {s.Reporter.Name} ({SourceNames.Describe(s.Source)})";
    }

    public static void RenderTable(IAnsiConsole console, GrowthTable table, string? title = null)
    {
        // The title goes above the table, not into it: a table title wraps to the (narrow) table width.
        console.MarkupLine($"[bold]{Markup.Escape(title ?? Title(table))}[/]");
        var grid = new Table().Border(TableBorder.Rounded);
        var monthly = table.Series.Granularity == Granularity.Month;
        var subYear = table.Series.Granularity != Granularity.Year;
        grid.AddColumn("period");
        grid.AddColumn(new TableColumn("value").RightAligned());
        grid.AddColumn(new TableColumn("YoY").RightAligned());
        // The printed rates get their own columns only where the source prints any, so other sources' tables stay as they were.
        var printed = table.Rows.Any(r => r.PublishedYoyPercent is not null || r.PublishedYearToDateYoyPercent is not null);
        if (printed)
        {
            grid.AddColumn(new TableColumn("YoY pub.").RightAligned());
        }

        if (subYear)
        {
            grid.AddColumn(new TableColumn("YTD").RightAligned());
            grid.AddColumn(new TableColumn("YTD YoY").RightAligned());
            if (printed)
            {
                grid.AddColumn(new TableColumn("YTD YoY pub.").RightAligned());
            }
        }

        if (monthly)
        {
            grid.AddColumn(new TableColumn("12 months").RightAligned());
            grid.AddColumn(new TableColumn("12m YoY").RightAligned());
        }

        foreach (var row in table.Rows)
        {
            var cells = new List<string> { row.Period.ToString(), Numbers.Billions(row.Value), Numbers.Percent(row.YoyPercent) };
            if (printed)
            {
                cells.Add(Numbers.Printed(row.PublishedYoyPercent));
            }

            if (subYear)
            {
                cells.Add(Numbers.Billions(row.YearToDate));
                cells.Add(Numbers.Percent(row.YearToDateYoyPercent));
                if (printed)
                {
                    cells.Add(Numbers.Printed(row.PublishedYearToDateYoyPercent));
                }
            }

            if (monthly)
            {
                cells.Add(Numbers.Billions(row.Rolling12));
                cells.Add(Numbers.Percent(row.Rolling12YoyPercent));
            }

            grid.AddRow(cells.ToArray());
        }

        console.Write(grid);
        if (printed)
        {
            console.WriteLine($"YoY: computed from the values shown; pub.: as printed by {SourceNames.Describe(table.Series.Source)} (on its unrounded figures), where printed.");
        }

        if (table.Cagr is { } cagr)
        {
            console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"CAGR {cagr.FromYear}–{cagr.ToYear}: {Numbers.Percent(cagr.RatePercent)} a year ({Numbers.Billions(cagr.FromValue)} → {Numbers.Billions(cagr.ToValue)} bn)"));
        }

        if (SummedNote.Describe(table) is { } note)
        {
            console.WriteLine(note);
        }
    }

    public static void RenderCsv(TextWriter output, GrowthTable table)
    {
        // Columns are only ever appended: the published rates (as printed) come last.
        output.WriteLine("period,value_usd,yoy_pct,ytd_usd,ytd_yoy_pct,rolling12_usd,rolling12_yoy_pct,yoy_pub_pct,ytd_yoy_pub_pct");
        foreach (var r in table.Rows)
        {
            output.WriteLine(string.Join(',', r.Period, Numbers.Raw(r.Value), Numbers.Raw(Round(r.YoyPercent)), Numbers.Raw(r.YearToDate),
                Numbers.Raw(Round(r.YearToDateYoyPercent)), Numbers.Raw(r.Rolling12), Numbers.Raw(Round(r.Rolling12YoyPercent)),
                Numbers.Raw(r.PublishedYoyPercent), Numbers.Raw(r.PublishedYearToDateYoyPercent)));
        }
    }

    public static void RenderJson(TextWriter output, GrowthTable table)
    {
        var s = table.Series;
        var document = new
        {
            reporter = new { code = s.Reporter.Code, iso3 = s.Reporter.Iso3, name = s.Reporter.Name },
            partner = new { code = s.Partner.Code, iso3 = s.Partner.Iso3, name = s.Partner.Name },
            source = s.Source.ToString(),
            measure = table.Measure.ToString().ToLowerInvariant(),
            frequency = s.Granularity.ToString().ToLowerInvariant(),
            unit = "USD",
            rows = table.Rows.Select(r => new
            {
                period = r.Period.ToString(),
                value = r.Value,
                yoyPct = Round(r.YoyPercent),
                ytd = r.YearToDate,
                ytdYoyPct = Round(r.YearToDateYoyPercent),
                rolling12 = r.Rolling12,
                rolling12YoyPct = Round(r.Rolling12YoyPercent),
            }),
            cagr = table.Cagr is { } c ? new { fromYear = c.FromYear, toYear = c.ToYear, ratePct = Math.Round(c.RatePercent, 4) } : null,
            // Figures shown that the store summed from product lines (the source published no total for them).
            summedTotals = SummedNote.Shown(table).Select(t => new
            {
                period = t.Period.ToString(),
                flow = SummedNote.FlowName(t.Flow),
                lines = t.Lines,
                level = SummedNote.Level(t),
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, s_json));
    }

    private static decimal? Round(decimal? percent) => percent is { } p ? Math.Round(p, 4) : null;
}
