using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Turnover.Analytics;
using Turnover.Core;
using Turnover.Presentation.Json;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Rendering;

/// <summary>Renders a growth table as a console table, CSV or JSON.</summary>
internal static class SeriesRenderer
{
    public static string Title(GrowthTable table) => SeriesTitle.Of(table);

    /// <param name="console">Where to write.</param>
    /// <param name="table">The table.</param>
    /// <param name="title">A title other than the table's own; null for its own.</param>
    /// <param name="from">The first period asked for (--from), to say where the figures start if later; null for none.</param>
    /// <param name="to">The last period asked for (--to), to say where the figures end if earlier; null for none.</param>
    public static void RenderTable(IAnsiConsole console, GrowthTable table, string? title = null, Period? from = null, Period? to = null)
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

        console.WriteWhole(grid);
        if (EmptyWindowNote.Describe(table, from, to) is { } empty)
        {
            console.WriteLine(empty);
        }

        if (GapsNote.Describe(table) is { } gaps)
        {
            console.WriteLine(gaps);
        }

        if (printed)
        {
            console.WriteLine($"YoY: computed from the values shown; pub.: as printed by {SourceNames.Describe(table.Series.Source)} (on its unrounded figures), where printed.");
        }

        if (SuspectNote.Describe(table) is { } suspects)
        {
            console.WriteLine(suspects);
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

        if (CumulativesNote.Describe(table) is { } cumulatives)
        {
            console.WriteLine(cumulatives);
        }

        if (MonthsNote.Describe(table) is { } months)
        {
            console.WriteLine(months);
        }

        if (ConvertedNote.Describe(table) is { } converted)
        {
            console.WriteLine(converted);
        }
    }

    public static void RenderCsv(TextWriter output, GrowthTable table)
    {
        // Columns are only ever appended: the published rates (as printed) come last.
        // "derived": how the value was made where it is not the source's own figure (RowDerivation; since 6 December 2026).
        output.WriteLine("period,value_usd,yoy_pct,ytd_usd,ytd_yoy_pct,rolling12_usd,rolling12_yoy_pct,yoy_pub_pct,ytd_yoy_pub_pct,derived");
        var how = new RowDerivation(table);
        foreach (var r in table.Rows)
        {
            output.WriteLine(string.Join(',', r.Period, Numbers.Raw(r.Value), Numbers.Raw(Round(r.YoyPercent)), Numbers.Raw(r.YearToDate),
                Numbers.Raw(Round(r.YearToDateYoyPercent)), Numbers.Raw(r.Rolling12), Numbers.Raw(Round(r.Rolling12YoyPercent)),
                Numbers.Raw(r.PublishedYoyPercent), Numbers.Raw(r.PublishedYearToDateYoyPercent), how.Describe(r.Period)));
        }
    }

    /// <summary>Writes the <c>turnover.series/1</c> document (docs/json-contract.md).</summary>
    public static void RenderJson(TextWriter output, Application.SeriesAnswer answer, DateOnly? asOf, Period? from, Period? to) =>
        output.WriteLine(JsonSerializer.Serialize(SeriesDocument.From(answer, asOf, from, to), TurnoverJsonContext.Readable.SeriesDocument));

    private static decimal? Round(decimal? percent) => percent is { } p ? Math.Round(p, 4) : null;
}
