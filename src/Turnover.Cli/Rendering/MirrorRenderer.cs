using System.Text.Json;
using Spectre.Console;
using Turnover.Application;
using Turnover.Presentation.Json;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Rendering;

/// <summary>Renders <c>turnover mirror</c>: both sides' figures, the gaps, the rates stated alone, and the reasons.</summary>
internal static class MirrorRenderer
{
    public static void RenderTable(IAnsiConsole console, MirrorAnswer answer)
    {
        var (a, b) = (answer.A.Country, answer.B.Country);
        if (!answer.BothSides)
        {
            console.WriteLine(MirrorWording.Missing(answer));
            return;
        }

        console.MarkupLine(Markup.Escape(
            $"{a.Name}–{b.Name} trade as each side reports it, US$ bn: {a.Name} ({SourceNames.Describe(answer.A.Source!.Value)}) against {b.Name} ({SourceNames.Describe(answer.B.Source!.Value)}); gap = {b.Name} − {a.Name}"));
        var grid = new Table().Border(TableBorder.Rounded);
        grid.AddColumn("span");
        grid.AddColumn("flow");
        grid.AddColumn(new TableColumn(Markup.Escape(a.Name)).RightAligned());
        grid.AddColumn(new TableColumn(Markup.Escape(b.Name)).RightAligned());
        grid.AddColumn(new TableColumn("gap").RightAligned());
        grid.AddColumn(new TableColumn("gap %").RightAligned());
        grid.AddColumn("note");
        foreach (var row in answer.Rows)
        {
            grid.AddRow(
                MirrorWording.Span(row.Period), Markup.Escape(MirrorWording.Flow(row.Flow, a, b)), Numbers.Billions(row.A?.ValueUsd), Numbers.Billions(row.B?.ValueUsd),
                Numbers.Billions(row.GapUsd), Numbers.Percent(row.GapPercent), Markup.Escape(MirrorWording.Note(row, a, b)));
        }

        console.WriteWhole(grid);
        if (answer.Rates.Count > 0)
        {
            console.WriteLine("Growth rates stated without a level (shown as published):");
            foreach (var rate in answer.Rates)
            {
                console.WriteLine($"  {MirrorWording.Rate(rate, rate.StatedBy == a ? b : a)}");
            }
        }

        foreach (var note in MirrorDocument.NotesOf(answer))
        {
            console.WriteLine(note);
        }

        console.WriteLine("Why the two sides differ:");
        foreach (var reason in answer.Reasons)
        {
            console.WriteLine($"  {MirrorWording.Reason(reason)}");
        }
    }

    /// <summary>Writes the <c>turnover.mirror/1</c> document (docs/json-contract.md).</summary>
    public static void RenderJson(TextWriter output, MirrorAnswer answer, DateOnly? asOf) =>
        output.WriteLine(JsonSerializer.Serialize(MirrorDocument.From(answer, asOf), TurnoverJsonContext.Readable.MirrorDocument));
}
