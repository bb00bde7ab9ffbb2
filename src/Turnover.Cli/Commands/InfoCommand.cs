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
        var db = new StoreOptions();
        var asOf = CommonOptions.AsOf();
        var command = new Command("info", "What the store holds: sources, releases (vintages), coverage per pair, discrepancies, dangling records") { asOf };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = db.OpenForQuery(parse, env);
            Render(env.Console, store, CommonOptions.ParseDate(parse.GetValue(asOf), "--as-of"));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>"published", or how many totals the store summed from product lines, and from how many at which HS level.</summary>
    public static string Totals(SourceCoverage c)
    {
        if (c.SummedDigits is not var (coarsest, finest))
        {
            return "published";
        }

        var level = coarsest == finest ? $"HS{coarsest}" : $"HS{coarsest}–HS{finest}";
        var summed = $"summed from {Numbers.Count(c.SummedLines)} {level} lines";
        return c.SummedRecords == c.Records ? summed : $"{Numbers.Count(c.Records - c.SummedRecords)} published, {Numbers.Count(c.SummedRecords)} {summed}";
    }

    public static void Render(IAnsiConsole console, TradeStore store, DateOnly? asOf)
    {
        var releases = new Table().Border(TableBorder.Rounded).Title("releases");
        releases.AddColumns("id", "source", "dataset", "file", "vintage", "rows read", "stored", "sha256");
        foreach (var r in store.Releases())
        {
            releases.AddRow(
                r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), SourceNames.Describe(r.Source), Escape.Markup(r.Dataset), Escape.Markup(r.FileName),
                r.Vintage?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "–", Numbers.Count(r.RowsRead), Numbers.Count(r.RowsStored), r.ContentHash[..12]);
        }

        console.Write(releases);

        var coverage = new Table().Border(TableBorder.Rounded).Title(asOf is null ? "coverage (all goods)" : $"coverage (all goods) as of {asOf:yyyy-MM-dd}");
        coverage.AddColumns("source", "reporter", "partner", "records", "first month", "last month", "months published", "years published", "totals");
        var covered = store.Coverage(asOf);
        foreach (var c in covered)
        {
            coverage.AddRow(
                SourceNames.Describe(c.Source), Escape.Markup(c.Reporter.Name), Escape.Markup(c.Partner.Name), Numbers.Count(c.Records),
                c.FirstMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), c.LastMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                Numbers.Count(c.MonthsPublished), Numbers.Count(c.YearsPublished), Escape.Markup(Totals(c)));
        }

        console.Write(coverage);
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

            console.Write(table);
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

            console.Write(table);
        }

        SuspectRenderer.RenderRateDisagreements(console, store);
        SuspectRenderer.RenderSuspects(console, store, covered, asOf);
        RenderCounts(console, store.Counts());
    }

    private static void RenderCounts(IAnsiConsole console, StoreCounts counts)
    {
        console.WriteLine($"store: {Numbers.Count(counts.Releases)} release(s), {Numbers.Count(counts.Records)} record(s).");
        if (counts.DanglingRecords > 0)
        {
            console.WriteLine(
                $"dangling: {Numbers.Count(counts.DanglingRecords)} record(s) without their release, left by an interrupted ingest; never shown by queries. "
                + "'turnover store vacuum' deletes them and gives their space back.");
        }
    }
}
