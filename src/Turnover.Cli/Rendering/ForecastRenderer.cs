using System.Text.Json;
using Spectre.Console;
using Turnover.Analytics.Forecasting;
using Turnover.Application;
using Turnover.Presentation.Json;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Rendering;

/// <summary>Renders a forecast: the fan per month and per calendar year, the model and the data it was fitted on.</summary>
internal static class ForecastRenderer
{
    public static void RenderTable(IAnsiConsole console, ForecastAnswer answer)
    {
        console.MarkupLine($"[bold]{Markup.Escape(ForecastWording.Title(answer))}[/]");
        if (answer.Steps.Count > 0)
        {
            console.WriteWhole(Fan("month", answer.Steps));
        }

        if (answer.Years.Count > 0)
        {
            console.WriteWhole(Fan("year", answer.Years));
            if (ForecastWording.YearToDate(answer) is { } ytd)
            {
                console.WriteLine(ytd);
            }
        }
        else
        {
            console.WriteLine("No calendar year is completed within the horizon: lengthen --horizon to see year totals.");
        }

        console.WriteLine(ForecastWording.Point(answer));
        console.WriteLine(ForecastWording.Model(answer));
        console.WriteLine(ForecastWording.FittedOn(answer));
    }

    /// <summary>Writes the <c>turnover.forecast/1</c> document (docs/json-contract.md).</summary>
    public static void RenderJson(TextWriter output, ForecastAnswer answer) =>
        output.WriteLine(JsonSerializer.Serialize(ForecastDocument.From(answer), TurnoverJsonContext.Readable.ForecastDocument));

    private static Table Fan(string period, IReadOnlyList<FanStep> steps)
    {
        var grid = new Table().Border(TableBorder.Rounded);
        grid.AddColumn(period);
        foreach (var heading in new[] { "mean", "median", "80% interval", "95% interval" })
        {
            grid.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (var s in steps)
        {
            grid.AddRow(
                s.Period.ToString(),
                Numbers.Billions(s.Mean),
                Numbers.Billions(s.Median),
                $"{Numbers.Billions(s.Lower80)}–{Numbers.Billions(s.Upper80)}",
                $"{Numbers.Billions(s.Lower95)}–{Numbers.Billions(s.Upper95)}");
        }

        return grid;
    }
}
