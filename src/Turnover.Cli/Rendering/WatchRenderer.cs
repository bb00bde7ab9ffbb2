using System.Globalization;
using System.Text.Json;
using Turnover.Application;
using Turnover.Presentation.Json;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Rendering;

/// <summary>Writes saved claims and targets judged again: what changed (after an ingest), every entry (<c>turnover watch</c>), or <c>turnover.watch/2</c>.</summary>
internal static class WatchRenderer
{
    /// <summary>After an ingest: only the entries whose judgement changed, old → new, with the releases that changed them.</summary>
    public static void RenderChanges(TextWriter output, WatchReport report)
    {
        var changes = report.Changes;
        if (changes.Count == 0)
        {
            output.WriteLine(WatchWording.NothingChanged);
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"what changed ({changes.Count} of {report.Entries.Count} saved claims and targets judged again):"));
        foreach (var e in changes)
        {
            output.WriteLine($"  {Escape.Plain(WatchWording.Title(e))}");
            output.WriteLine($"    {WatchWording.Change(e)}");
            WriteReliability(output, e);
        }
    }

    /// <summary>Every saved claim and target with its judgement now; those that changed since last recorded are marked <c>*</c>, with what changed.</summary>
    public static void RenderText(TextWriter output, WatchReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"Judged again on {report.Today:yyyy-MM-dd}: {report.Claims.Count} saved claim(s), {report.Targets.Count} target(s); {report.Changes.Count} changed since last recorded (marked *)."));
        if (report.Claims.Count == 0)
        {
            output.WriteLine("no saved claims: 'turnover claims FILE --save' keeps an article's claims to judge them again");
        }

        foreach (var e in report.Entries)
        {
            output.WriteLine($"{(e.Changed ? "*" : " ")} {Escape.Plain(WatchWording.Title(e))}: {WatchWording.Now(e)}");
            if (e.Changed)
            {
                output.WriteLine($"    changed: {WatchWording.Change(e)}");
            }

            WriteReliability(output, e);
        }

        output.WriteLine(report.Recorded
            ? "Recorded: the next ingest or watch reports changes from these judgements."
            : "Not recorded.");
    }

    // Under a probability, as under target check's: how often such probabilities came true in the backtest.
    private static void WriteReliability(TextWriter output, WatchEntry e)
    {
        if (WatchWording.Reliability(e) is { } reliability)
        {
            output.WriteLine($"    {reliability}");
        }
    }

    public static void RenderJson(TextWriter output, WatchReport report) =>
        output.WriteLine(JsonSerializer.Serialize(WatchDocument.From(report, CommandLineHints.Instance), TurnoverJsonContext.Readable.WatchDocument));
}
