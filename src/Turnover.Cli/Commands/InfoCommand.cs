using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Turnover.Cli.Rendering;
using Turnover.Presentation.Json;
using Turnover.Presentation.Wording;
using Turnover.Store;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover info</c>: releases, coverage per pair, rows left out and disagreeing reports.</summary>
internal static class InfoCommand
{
    public static Command Create(CliEnvironment env)
    {
        var db = new StoreOptions();
        var asOf = CommonOptions.AsOf();
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("info", "What the store holds: sources, releases (vintages), coverage per pair, discrepancies, dangling records") { asOf, format };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = db.OpenForQuery(parse, env);
            var date = CommonOptions.ParseAsOf(parse.GetValue(asOf), env);
            if (parse.GetValue(format) == "json")
            {
                env.Out.WriteLine(JsonSerializer.Serialize(InfoDocument.From(store, date), TurnoverJsonContext.Readable.InfoDocument));
            }
            else
            {
                Render(env.Console, store, date);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static void Render(IAnsiConsole console, ITradeStore store, DateOnly? asOf)
    {
        var releases = new Table().Border(TableBorder.Rounded).Title("releases");
        releases.AddColumns("id", "source", "dataset", "file", "vintage", "rows read", "stored", "sha256");
        var all = store.Releases();
        foreach (var r in all.Where(r => r.Retraction is null))
        {
            releases.AddRow(
                r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), SourceNames.Describe(r.Source), Escape.Markup(r.Dataset), Escape.Markup(r.FileName),
                r.Vintage?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "–", Numbers.Count(r.RowsRead), Numbers.Count(r.RowsStored), r.ContentHash[..12]);
        }

        console.WriteWhole(releases);
        foreach (var r in all.Where(r => r.Retraction is null && r.Conversion is not null))
        {
            // Every stored value is in US dollars: a release that was not says how it was converted.
            console.WriteLine($"release {r.Id} ({r.FileName}): values {ConversionWording.Phrase(r.Conversion!)}.");
        }

        RenderRetracted(console, all);

        var coverage = new Table().Border(TableBorder.Rounded).Title(asOf is null ? "coverage (all goods)" : $"coverage (all goods) as of {asOf:yyyy-MM-dd}");
        coverage.AddColumns("source", "reporter", "partner", "records", "first month", "last month", "months published", "years published", "totals");
        var covered = store.Coverage(asOf);
        foreach (var c in covered)
        {
            coverage.AddRow(
                SourceNames.Describe(c.Source), Escape.Markup(c.Reporter.Name), Escape.Markup(c.Partner.Name), Numbers.Count(c.Records),
                c.FirstMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), c.LastMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                Numbers.Count(c.MonthsPublished), Numbers.Count(c.YearsPublished), Escape.Markup(CoverageWording.Totals(c)));
        }

        console.WriteWhole(coverage);
        foreach (var source in covered.Where(c => c.Reconciled).Select(c => c.Source).Distinct())
        {
            console.WriteLine($"{SourceNames.Describe(source)} is one reconciled estimate per flow: each row covers both directions of the pair (listed with the lower code first), not one side's statistics.");
        }

        var skipped = store.SkippedRows();
        if (skipped.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("rows left out on purpose");
            table.AddColumns("release", "reason", "rows");
            foreach (var (release, reason, rows) in skipped)
            {
                table.AddRow(release.ToString(System.Globalization.CultureInfo.InvariantCulture), Escape.Markup(reason), Numbers.Count(rows));
            }

            console.WriteWhole(table);
        }

        var discrepancies = store.Discrepancies();
        if (discrepancies.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"disagreeing reports ({discrepancies.Count}): kept value vs. other report");
            table.AddColumns("period", "flow", "kept", "other", "why", "other's source");
            foreach (var (_, d) in discrepancies)
            {
                table.AddRow(d.Period.ToString(), d.Flow.ToString(), Numbers.Billions(d.ChosenUsd), Numbers.Billions(d.OtherUsd), Escape.Markup(d.Reason), Escape.Markup(d.OtherEvidence));
            }

            console.WriteWhole(table);
        }

        SuspectRenderer.RenderRateDisagreements(console, store);
        SuspectRenderer.RenderSuspects(console, store, covered, asOf);
        RenderCounts(console, store.Counts(), all.Count(r => r.Retraction is not null));
    }

    // Kept for audit, counted nowhere: listed so that a reader of any answer can see what was taken back.
    private static void RenderRetracted(IAnsiConsole console, IReadOnlyList<ReleaseSummary> releases)
    {
        var retracted = releases.Where(r => r.Retraction is not null).ToList();
        if (retracted.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("retracted releases (kept for audit, counted in no answer)");
        table.AddColumns("id", "file", "retracted", "reason");
        foreach (var r in retracted)
        {
            table.AddRow(
                r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Escape.Markup(r.FileName),
                r.Retraction!.At.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC",
                r.Retraction.Reason.Length == 0 ? "–" : Escape.Markup(r.Retraction.Reason));
        }

        console.WriteWhole(table);
    }

    private static void RenderCounts(IAnsiConsole console, StoreCounts counts, int retracted)
    {
        var ofWhich = retracted == 0 ? string.Empty : $" ({Numbers.Count(retracted)} retracted)";
        console.WriteLine($"store: {Numbers.Count(counts.Releases)} release(s){ofWhich}, {Numbers.Count(counts.Records)} record(s).");
        if (counts.DanglingRecords > 0)
        {
            console.WriteLine(
                $"dangling: {Numbers.Count(counts.DanglingRecords)} record(s) without their release, left by an interrupted ingest; never shown by queries. "
                + "'turnover store vacuum' deletes them and gives their space back.");
        }
    }
}
