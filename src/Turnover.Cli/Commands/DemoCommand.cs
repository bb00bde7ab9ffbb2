using System.CommandLine;
using Spectre.Console;
using Turnover.Application;
using Turnover.Cli.Rendering;
using Turnover.Core;
using Turnover.Ingest;
using Turnover.Store;

namespace Turnover.Cli.Commands;

/// <summary>
/// <c>turnover demo</c>, the main job: builds the embedded store from the bundled real data, shows China–Russia,
/// US–China and Korea–China trade by year and for the latest months, and judges the announced targets.
/// </summary>
internal static class DemoCommand
{
    private const int LatestMonths = 12;
    private const string ArticleTarget = "cn-ru-200bn-2024";
    private static readonly DateOnly ArticleDay = new(2022, 12, 30);

    public static Command Create(CliEnvironment env)
    {
        var db = new StoreOptions();
        var command = new Command("demo", "Build the store from the bundled real data and show the three bundled pairs");
        db.AddTo(command);
        command.SetAction(parse =>
        {
            // The bundled files are found (or the search said where it looked) before the store is opened: opening
            // creates the file, and a demo without data would leave an empty store behind.
            var files = new[] { BundledData.ChinaRussia, BundledData.RussiaChina, BundledData.UsChina, BundledData.KoreaChina }.Select(f => BundledData.Require(f).OrThrow()).ToList();
            var options = new IngestOptions { ExchangeRates = IngestCommand.LoadRates(null, env), Clock = env.Clock };
            using var store = db.OpenForWriting(parse, env);
            var reports = IngestCommand.IngestAll(env, store, files, "auto", options);
            IngestRenderer.Render(env, reports);
            if (reports.Any(r => r.Rejected))
            {
                return ExitCodes.BadInput;
            }

            ShowPair(env.Console, store, 156, 643, 2013, 2024);
            ShowPair(env.Console, store, 842, 156, null, null);
            ShowPair(env.Console, store, 410, 156, null, null);
            ShowTargets(env, store);
            env.Console.WriteLine($"Store: {Path.GetFullPath(store.Path)}. Try 'turnover series CHN RUS --freq year', 'turnover mirror CHN RUS', 'turnover info', 'turnover target check --all'.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The question the product starts from (data/articles: Putin, 30 December 2022, "$200 billion ... ahead of
    /// schedule") judged as it could be known that day, then every registered target (bundled and added to the store) as of today.
    /// </summary>
    private static void ShowTargets(CliEnvironment env, ITradeStore store)
    {
        var targets = new TargetRegistry(TargetFile.DefaultPath()).List(store).OrThrow().Select(r => r.Target).ToList();
        var added = store.UserTargets().Count;
        var forecaster = ForecasterCatalog.Create(ForecasterCatalog.Default);
        var check = TargetCheckQuery.ForOneRun(store);
        env.Console.WriteLine();
        env.Console.MarkupLine("[bold]Putin, 30 December 2022: trade with China \"will reach the $200 billion target we set for 2024 ahead of schedule\". What the data said that day:[/]");
        if (targets.FirstOrDefault(t => t.Name == ArticleTarget) is { } article)
        {
            TargetRenderer.RenderCheck(env.Console, check.Run(new TargetCheckRequest(article, ArticleDay) { Forecaster = forecaster }));
        }

        var today = DateOnly.FromDateTime(env.Clock.GetUtcNow().UtcDateTime);
        var checks = targets.Select(t => check.Run(new TargetCheckRequest(t, today) { Forecaster = forecaster })).ToList();
        TargetRenderer.RenderSummary(env.Console, checks, $"every registered target as of {today:yyyy-MM-dd} (data/targets.json{(added > 0 ? $" and {added} added to the store" : string.Empty)})");
    }

    private static void ShowPair(IAnsiConsole console, ITradeStore store, int a, int b, int? fromYear, int? toYear)
    {
        var countries = CountryCatalog.Default;
        var query = new SeriesQuery(store);
        var pair = new SourceRequest(countries.FromCode(a), countries.FromCode(b));
        var annual = query.Run(new SeriesQueryRequest(pair, Measure.Turnover)
        {
            Granularity = Granularity.Year,
            From = fromYear is { } f ? Period.OfYear(f) : null,
            To = toYear is { } t ? Period.OfYear(t) : null,
        }).OrThrow().Table;
        console.WriteLine();
        SeriesRenderer.RenderTable(console, annual);

        var monthly = query.Run(new SeriesQueryRequest(pair, Measure.Turnover) { Granularity = Granularity.Month }).OrThrow().Table;
        var rows = monthly.Rows.TakeLast(LatestMonths).ToList();
        var latest = monthly with
        {
            Rows = rows,
            Cagr = null,
            MissingPeriods = [.. monthly.MissingPeriods.Where(p => rows.Count > 0 && p.Start >= rows[0].Period.Start)],
        };
        SeriesRenderer.RenderTable(console, latest, $"{SeriesRenderer.Title(monthly)} (latest {LatestMonths} entries)");
    }
}
