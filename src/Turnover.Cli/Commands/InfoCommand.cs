using System.CommandLine;
using Spectre.Console;
using Turnover.Cli.Rendering;
using Turnover.Store;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover info</c>: releases, coverage per pair, rows left out and disagreeing reports.</summary>
internal static class InfoCommand
{
    public static Command Create(CliEnvironment env)
    {
        var db = CommonOptions.Database();
        var asOf = CommonOptions.AsOf();
        var command = new Command("info", "What the store holds: sources, releases (vintages), coverage per pair, discrepancies") { db, asOf };
        command.SetAction(parse =>
        {
            using var store = TradeStore.Open(parse.GetValue(db)!);
            Render(env.Console, store, CommonOptions.ParseDate(parse.GetValue(asOf), "--as-of"));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static void Render(IAnsiConsole console, TradeStore store, DateOnly? asOf)
    {
        var releases = new Table().Border(TableBorder.Rounded).Title("releases");
        releases.AddColumns("id", "source", "dataset", "file", "vintage", "rows read", "stored", "sha256");
        foreach (var r in store.Releases())
        {
            releases.AddRow(
                r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), SourceNames.Describe(r.Source), Markup.Escape(r.Dataset), Markup.Escape(r.FileName),
                r.Vintage?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "–", Numbers.Count(r.RowsRead), Numbers.Count(r.RowsStored), r.ContentHash[..12]);
        }

        console.Write(releases);

        var coverage = new Table().Border(TableBorder.Rounded).Title(asOf is null ? "coverage (all goods)" : $"coverage (all goods) as of {asOf:yyyy-MM-dd}");
        coverage.AddColumns("source", "reporter", "partner", "records", "first month", "last month", "months published", "years published");
        foreach (var c in store.Coverage(asOf))
        {
            coverage.AddRow(
                SourceNames.Describe(c.Source), Markup.Escape(c.Reporter.Name), Markup.Escape(c.Partner.Name), Numbers.Count(c.Records),
                c.FirstMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), c.LastMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                Numbers.Count(c.MonthsPublished), Numbers.Count(c.YearsPublished));
        }

        console.Write(coverage);

        var skipped = store.SkippedRows();
        if (skipped.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("rows left out on purpose");
            table.AddColumns("release", "reason", "rows");
            foreach (var (release, reason, rows) in skipped)
            {
                table.AddRow(release.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(reason), Numbers.Count(rows));
            }

            console.Write(table);
        }

        var discrepancies = store.Discrepancies();
        if (discrepancies.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"disagreeing reports ({discrepancies.Count}): kept value vs. other report");
            table.AddColumns("period", "flow", "kept", "other", "why", "other's source");
            foreach (var (_, d) in discrepancies)
            {
                table.AddRow(d.Period.ToString(), d.Flow.ToString(), Numbers.Billions(d.ChosenUsd), Numbers.Billions(d.OtherUsd), Markup.Escape(d.Reason), Markup.Escape(d.OtherEvidence));
            }

            console.Write(table);
        }
    }
}
