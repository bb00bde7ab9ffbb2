using System.CommandLine;
using Spectre.Console;
using Turnover.Application;
using Turnover.Cli.Rendering;
using Turnover.Ingest;
using Turnover.Store;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover ingest FILE…</c></summary>
internal static class IngestCommand
{
    public static Command Create(CliEnvironment env)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Files to ingest (CSV, TSV, .gz, JSON, XML)" };
        var format = new Option<string>("--format") { Description = "Layout of the files", DefaultValueFactory = _ => "auto" };
        format.AcceptOnlyFromAmong([.. TradeReaders.FormatNames]);
        var mapping = new Option<string?>("--mapping") { Description = "JSON mapping file for --format mapped (see docs/mapped-csv.md)" };
        var quantities = new Option<string?>("--quantities")
        {
            Description = "--format fao: the FishStat quantity file (tonnes) of the same release as the value file read",
        };
        var rates = new Option<string?>("--rates") { Description = "IMF daily exchange-rate file for non-USD values (default: the bundled data/fx file when present)" };
        var breakdowns = new Option<bool>("--include-breakdowns") { Description = "Comtrade: keep the customs-procedure, transport-mode and second-partner breakdowns, as parts apart from the totals (products --by)" };
        var acceptOutliers = new Option<bool>("--accept-outliers")
        {
            Description = "Store figures implausible for trade between two countries (above world trade, or 100 times off the same figure of another release of the source) instead of rejecting the file",
        };
        var published = new Option<string?>("--published")
        {
            Description = "When the files were published (YYYY-MM-DD), for files that carry no date: their figures count from then in --as-of answers",
        };
        var targets = TargetCommand.TargetsFile();
        var db = new StoreOptions();
        var command = new Command("ingest", "Read official trade files into the store; each file whole or not at all; then judge saved claims and targets again")
        {
            files, format, mapping, quantities, rates, breakdowns, acceptOutliers, published, targets,
        };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            var options = new IngestOptions
            {
                MappingPath = parse.GetValue(mapping),
                QuantitiesPath = parse.GetValue(quantities),
                IncludeBreakdowns = parse.GetValue(breakdowns),
                ExchangeRates = LoadRates(parse.GetValue(rates), env),
                Published = PublishedDate(parse.GetValue(published), env),
                Clock = env.Clock,
            };
            using var store = db.OpenForWriting(parse, env);
            var load = new LoadOptions { AcceptOutliers = parse.GetValue(acceptOutliers) };
            var reports = IngestAll(env, store, parse.GetValue(files)!, parse.GetValue(format)!, options, load);
            IngestRenderer.Render(env, reports);
            Rejudge(env, store, reports, TargetCommand.Registry(parse.GetValue(targets)!));
            return reports.Any(r => r.Rejected) ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    // After a new release is committed, a store that watches judges its saved claims and targets again (WatchCommand.Rejudge).
    private static void Rejudge(CliEnvironment env, ITradeStore store, List<FileIngestReport> reports, TargetRegistry registry)
    {
        if (reports.Any(r => r.Status == LoadStatus.Stored))
        {
            WatchCommand.Rejudge(env, store, registry);
        }
    }

    // A date in the future of the clock would let a figure count before the file existed.
    private static DateOnly? PublishedDate(string? text, CliEnvironment env)
    {
        var date = CommonOptions.ParseDate(text, "--published");
        var today = DateOnly.FromDateTime(env.Clock.GetUtcNow().UtcDateTime);
        return date > today
            ? throw new UserInputException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"--published {date:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}): a file cannot have been published in the future."))
            : date;
    }

    /// <summary>The exchange rates given (or the bundled ones), flagged rows reported on stderr.</summary>
    /// <exception cref="UserInputException">The rates file is unreadable or its rates unusable.</exception>
    internal static ExchangeRateTable? LoadRates(string? path, CliEnvironment env)
    {
        var rates = RatesLoader.Load(path, "--rates").OrThrow();
        foreach (var warning in rates.Warnings)
        {
            env.Error.WriteLine($"warning: {warning} (row not used)");
        }

        return rates.Table;
    }

    // One unreadable file does not stop the others: the use case reports it like any rejected file.
    internal static List<FileIngestReport> IngestAll(CliEnvironment env, ITradeStore store, IEnumerable<string> files, string format, IngestOptions options, LoadOptions load = default)
    {
        var ingest = new IngestFiles(store);
        return [.. files.Select(file => IngestOne(env, ingest, new FileIngestRequest(file, format, options) { Load = load, FormatParameter = "--format", MappingParameter = "--mapping", QuantitiesParameter = "--quantities" }))];
    }

    private static FileIngestReport IngestOne(CliEnvironment env, IngestFiles ingest, FileIngestRequest request)
    {
        var file = request.Path;
        var size = File.Exists(file) ? new FileInfo(file).Length : 0;
        if (size <= (1 << 20) || !env.Console.Profile.Capabilities.Interactive)
        {
            return ingest.Run(request);
        }

        FileIngestReport? report = null;
        env.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var name = Escape.Markup(Path.GetFileName(file));
                var task = ctx.AddTask(name, maxValue: size);
                report = ingest.Run(request with
                {
                    Progress = (bytes, rows) =>
                    {
                        task.Value = bytes;
                        task.Description = $"{name}: {rows:N0} rows";
                    },
                });
                task.Value = size;
            });
        return report!;
    }
}
