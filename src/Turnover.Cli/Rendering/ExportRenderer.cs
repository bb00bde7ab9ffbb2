using System.Globalization;
using Spectre.Console;
using Turnover.Application;
using Turnover.Presentation.Wording;
using Turnover.Store;

namespace Turnover.Cli.Rendering;

/// <summary>What <c>turnover export</c> wrote: the file, what it holds and where it came from.</summary>
internal static class ExportRenderer
{
    public static void Render(IAnsiConsole console, ExportAnswer answer)
    {
        var request = answer.Request;
        var written = answer.Written;
        var format = answer.Format == ExportFileFormat.Parquet ? "Parquet" : "CSV";
        console.MarkupLine(Escape.Markup(Invariant(
            $"Wrote {Numbers.Count(written.Rows)} records to {request.OutputPath} ({format}, {Size(answer.Bytes)}).")));
        var which = request.EveryRevision ? "every revision of each figure" : "the latest revision of each figure";
        var when = request.AsOf is { } asOf ? Invariant($"as published by {asOf:yyyy-MM-dd}") : "everything stored";
        console.MarkupLine(Escape.Markup($"  Figures:  {which}, {when}, as published (no total summed here)."));
        var pairs = request.Pair is { } p ? $"{p.A.Name}–{p.B.Name}, both directions, both sides' statistics" : "every pair";
        var count = written.Pairs == 1 ? "1 reporter-partner pair" : $"{Numbers.Count(written.Pairs)} reporter-partner pairs";
        console.MarkupLine(Escape.Markup($"  Pairs:    {pairs} ({count} written)."));
        var years = written.FirstYear == written.LastYear ? Invariant($"{written.FirstYear}") : Invariant($"{written.FirstYear}–{written.LastYear}");
        console.MarkupLine($"  Years:    {years}.");
        console.MarkupLine(Invariant(
            $"  Releases: {Ranges(written.ReleaseIds)} (each row names its release, file and line; 'turnover release show ID')."));
    }

    // 1, 2, 3, 5 as "1–3, 5": a store of hundreds of releases stays one line when they run in order.
    private static string Ranges(IReadOnlyList<int> ids)
    {
        var parts = new List<string>();
        for (var i = 0; i < ids.Count;)
        {
            var j = i;
            while (j + 1 < ids.Count && ids[j + 1] == ids[j] + 1)
            {
                j++;
            }

            parts.Add(j > i + 1 ? Invariant($"{ids[i]}–{ids[j]}") : string.Join(", ", ids.Skip(i).Take(j - i + 1)));
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => Invariant($"{bytes} bytes"),
        < 1024 * 1024 => Invariant($"{bytes / 1024.0:0.0} KiB"),
        _ => Invariant($"{bytes / (1024.0 * 1024):0.0} MiB"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
