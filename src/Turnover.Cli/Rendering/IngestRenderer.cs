using Spectre.Console;
using Turnover.Application;
using Turnover.Presentation.Wording;
using Turnover.Store;

namespace Turnover.Cli.Rendering;

/// <summary>The table that ends <c>turnover ingest</c>: rows read, stored, and skipped or rejected by reason.</summary>
internal static class IngestRenderer
{
    public static void Render(CliEnvironment env, IReadOnlyList<FileIngestReport> reports)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("ingest");
        table.AddColumns("file", "format", "result", "rows read", "rows stored", "left out (reason)");
        foreach (var r in reports)
        {
            // Each reason is escaped on its own: the line breaks between them are ours.
            var skipped = r.Skipped.Count == 0 ? "–" : string.Join("\n", r.Skipped.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => Escape.Markup($"{Numbers.Count(s.Value)} {s.Key}")));
            table.AddRow(
                Escape.Markup(Path.GetFileName(r.File)),
                r.Format,
                Status(r),
                Numbers.Count(r.RowsRead),
                Numbers.Count(r.RowsStored),
                skipped);
        }

        env.Console.WriteWhole(table);
        foreach (var r in reports.Where(r => r.Discrepancies > 0))
        {
            env.Console.MarkupLine($"[yellow]{Escape.Markup(Path.GetFileName(r.File))}: {r.Discrepancies} disagreeing report(s) kept as evidence; see 'turnover info'.[/]");
        }

        foreach (var r in reports)
        {
            foreach (var notice in r.Notices)
            {
                env.Console.MarkupLine(Escape.Markup($"{Path.GetFileName(r.File)}: {notice}"));
            }
        }

        foreach (var r in reports.Where(r => r.Breakdowns.Rows > 0))
        {
            var missing = r.Breakdowns.TotalsMissing > 0
                ? $"; {r.Breakdowns.TotalsMissing} total(s) came only as parts and are not derived from them"
                : string.Empty;
            env.Console.MarkupLine(Escape.Markup(
                $"{Path.GetFileName(r.File)}: {r.Breakdowns.Rows} breakdown row(s) stored apart from the totals{missing}; see 'turnover products --by'."));
        }

        foreach (var line in reports.Select(r => ReleaseMessages.Rereads(r)).Concat(reports.Select(ReleaseMessages.Accepted)).OfType<string>())
        {
            env.Console.WriteLine(line);
        }

        foreach (var error in reports.SelectMany(ReleaseMessages.Errors))
        {
            env.Error.WriteLine($"error: {Escape.Plain(error)}");
        }
    }

    private static string Status(FileIngestReport r) => r.Status switch
    {
        LoadStatus.Stored => $"[green]stored (release {r.ReleaseId})[/]",
        LoadStatus.AlreadyIngested => $"already stored (release {r.ReleaseId})",
        LoadStatus.RejectedByReader => $"[red]rejected: {r.Errors.Count} error(s), nothing stored[/]",
        LoadStatus.RejectedDuplicateKeys => "[red]rejected: duplicate keys, nothing stored[/]",
        LoadStatus.RejectedOutliers => "[red]rejected: implausible figures, nothing stored[/]",
        LoadStatus.RejectedMixedEditions => "[red]rejected: product lines of two classification editions, nothing stored[/]",
        LoadStatus.AlreadyRetracted => $"[red]not stored: release {r.ReleaseId} read it so and was retracted[/]",
        _ => r.Status.ToString(),
    };
}
