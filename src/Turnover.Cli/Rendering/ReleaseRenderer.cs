using System.Globalization;
using Spectre.Console;
using Turnover.Presentation.Wording;
using Turnover.Store;

namespace Turnover.Cli.Rendering;

/// <summary>The tables of <c>turnover release list</c> and <c>release show</c>.</summary>
internal static class ReleaseRenderer
{
    public static void List(IAnsiConsole console, IReadOnlyList<ReleaseSummary> releases)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("releases");
        table.AddColumns("id", "source", "format", "file", "vintage", "ingested", "rows", "status");
        foreach (var r in releases)
        {
            table.AddRow(
                Id(r.Id), SourceNames.Describe(r.Source), Escape.Markup(r.Format), Escape.Markup(r.FileName), Vintage(r),
                r.IngestedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Numbers.Count(r.RowsStored),
                r.Retraction is { } retraction ? $"retracted {retraction.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "live");
        }

        console.WriteWhole(table);
        if (releases.Count == 0)
        {
            console.WriteLine("The store holds no release yet; 'turnover ingest FILE' adds one.");
        }
    }

    public static void Show(IAnsiConsole console, ReleaseSummary r)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"release {Id(r.Id)}").HideHeaders();
        table.AddColumns("field", "value");
        void Row(string field, string value) => table.AddRow(field, Escape.Markup(value));

        // Each reason escaped on its own: the line breaks between them are ours, not the file's.
        void Lines(string field, IEnumerable<string> values) => table.AddRow(field, string.Join("\n", values.Select(Escape.Markup)));
        Row("status", r.Retraction is { } retraction ? "retracted " + ReleaseWording.Retraction(retraction) : "live: counts in every answer");
        Row("source", SourceNames.Describe(r.Source));
        Row("dataset", r.Dataset);
        Row("file", r.FileName);
        Row("sha256", r.ContentHash);
        if (r.Reading is { } reading)
        {
            foreach (var component in reading.Components.Skip(1))
            {
                Row($"read with {component.Name}", component.Label == component.Fingerprint ? component.Label : $"{component.Label} (sha256 {component.Fingerprint})");
            }

            Row("identity", reading.Identity);
        }
        else
        {
            Row("read with format", r.Format);
            Row("read with", "not recorded (stored before schema 5): mapping and rates unknown");
        }

        Row("vintage", Vintage(r));
        if (r.UpdatedOn is { } updated)
        {
            Row("updated (file says)", updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Row("ingested at", r.IngestedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC");
        Row("rows read", Numbers.Count(r.RowsRead));
        Row("rows stored", Numbers.Count(r.RowsStored));
        Lines(
            "left out",
            r.Skipped.Count == 0 ? ["–"] : r.Skipped.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{Numbers.Count(s.Value)} {s.Key}"));
        Row("disagreeing reports", Numbers.Count(r.Discrepancies));
        Row("note", r.Note.Length == 0 ? "–" : r.Note);
        console.WriteWhole(table);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Vintage(ReleaseSummary r) => r.Vintage?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "–";
}
