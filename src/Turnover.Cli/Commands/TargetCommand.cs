using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Turnover.Analytics.Forecasting;
using Turnover.Application;
using Turnover.Cli.Rendering;
using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Presentation.Wording;
using Turnover.Store;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover target add|list|remove|check</c></summary>
internal static class TargetCommand
{
    public static Command Create(CliEnvironment env)
    {
        var command = new Command("target", "Announced trade targets: register them and check progress, projections and verdicts");
        command.Subcommands.Add(List(env));
        command.Subcommands.Add(Add(env));
        command.Subcommands.Add(Remove(env));
        command.Subcommands.Add(Check(env));
        return command;
    }

    internal static Option<string> TargetsFile() => new("--targets")
    {
        Description = "Targets file to read besides the store's own targets (default: data/targets.json of the bundled data; never rewritten)",
        DefaultValueFactory = _ => TargetFile.DefaultPath(),
    };

    /// <summary>The registry of the targets file named by <c>--targets</c>: its failures name the option.</summary>
    internal static TargetRegistry Registry(string file) => new(file) { FileParameter = "--targets" };

    private static Command List(CliEnvironment env)
    {
        var file = TargetsFile();
        var db = new StoreOptions();
        var command = new Command("list", "List the registered targets: the targets file's and the store's") { file };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = db.OpenForQueryIfPresent(parse, env);
            TargetRenderer.RenderList(env.Console, Registry(parse.GetValue(file)!).List(store).OrThrow());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Add(CliEnvironment env)
    {
        var name = new Argument<string>("name") { Description = "Short unique id, e.g. cn-ru-200bn-2024" };
        var pair = CommonOptions.Pair("The two countries (the first is the side of exports/imports metrics)", required: true);
        var metric = new Option<string>("--metric") { Description = "turnover, exports or imports", DefaultValueFactory = _ => "turnover" };
        var amount = new Option<string>("--amount") { Description = "Amount in USD: 200e9, 200000000000 or 200bn", Required = true };
        var basis = new Option<string>("--basis") { Description = "annual, cumulative or increment", DefaultValueFactory = _ => "annual" };
        var from = new Option<int?>("--from") { Description = "First counted year (default: the announcement year)" };
        var deadline = new Option<int>("--deadline") { Description = "Deadline year (inclusive)", Required = true };
        var baseline = new Option<int?>("--baseline") { Description = "Baseline year of an increment target" };
        var by = new Option<string>("--by") { Description = "Who announced it", Required = true };
        var on = new Option<string>("--on") { Description = "When (YYYY-MM-DD)", Required = true };
        var source = new Option<string>("--source") { Description = "Where it is documented (URL)", Required = true };
        var note = new Option<string>("--note") { Description = "Caveats", DefaultValueFactory = _ => string.Empty };
        var file = TargetsFile();
        var db = new StoreOptions();
        var command = new Command("add", "Register a target in the store (the targets file is only read)") { name, pair, metric, amount, basis, from, deadline, baseline, by, on, source, note, file };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            var targetName = parse.GetValue(name)!;
            var countries = parse.GetValue(pair)!;
            var announced = CommonOptions.ParseDate(parse.GetValue(on), "--on")!.Value;
            var target = TargetFile.Validated(
                new Target(
                    targetName, CommonOptions.ParseCountry(countries[0]), CommonOptions.ParseCountry(countries[1]), TargetFile.ParseMetric(parse.GetValue(metric)!, "--metric").OrThrow(),
                    ParseAmount(parse.GetValue(amount)!), TargetFile.ParseBasis(parse.GetValue(basis)!, "--basis").OrThrow(), parse.GetValue(from) ?? announced.Year,
                    parse.GetValue(deadline), parse.GetValue(baseline), parse.GetValue(by)!, announced, parse.GetValue(source)!, parse.GetValue(note)!),
                $"target '{targetName}'").OrThrow();
            // Refused before the store is opened for writing, which would create it.
            var registry = Registry(parse.GetValue(file)!);
            registry.RefuseNameInFile(targetName).ThrowIfAny();
            using var store = db.OpenForWriting(parse, env);
            var added = registry.Add(store, target).OrThrow();
            env.Console.WriteLine($"added {added.Target.Name} to {added.Origin}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove(CliEnvironment env)
    {
        var name = new Argument<string>("name");
        var file = TargetsFile();
        var db = new StoreOptions();
        var command = new Command("remove", "Remove a target added to the store") { name, file };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            var targetName = parse.GetValue(name)!;
            var registry = Registry(parse.GetValue(file)!);
            registry.RefuseRemovalFromFile(targetName).ThrowIfAny();

            var location = db.Location(parse);
            if (!Turnover.Store.ClickHouse.ClickHouseLocation.IsClickHouse(location) && !File.Exists(location))
            {
                throw new UserInputException($"no target named '{targetName}': there is no store at {location}.");
            }

            using var store = db.OpenForWriting(parse, env);
            var origin = registry.Remove(store, targetName).OrThrow();
            env.Console.WriteLine($"removed {targetName} from {origin}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Check(CliEnvironment env)
    {
        var name = new Argument<string?>("name") { Description = "Target to check (default: all)", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Check every target" };
        var asOf = CommonOptions.AsOf();
        var reporter = new Option<string?>("--reporter") { Description = "Judge on this side's statistics only" };
        var source = new Option<string?>("--source") { Description = "Publisher" };
        var method = new Option<string>("--method") { Description = $"Forecasting model: {string.Join(", ", ForecasterCatalog.Names)}", DefaultValueFactory = _ => ForecasterCatalog.Default };
        method.AcceptOnlyFromAmong([.. ForecasterCatalog.Names]);
        var paths = new Option<int>("--paths") { Description = "Simulated sample paths", DefaultValueFactory = _ => new ForecastOptions().Paths };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var file = TargetsFile();
        var db = new StoreOptions();
        var command = new Command("check", "Progress, \"at this rate\" projections, the model's probability and the verdict, as of a date")
        {
            name, all, asOf, reporter, source, method, paths, format, file,
        };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = db.OpenForQuery(parse, env);
            var selected = Registry(parse.GetValue(file)!).Select(store, parse.GetValue(all) ? null : parse.GetValue(name)).OrThrow();
            var date = CommonOptions.ParseAsOf(parse.GetValue(asOf), env) ?? DateOnly.FromDateTime(env.Clock.GetUtcNow().UtcDateTime);
            var side = parse.GetValue(reporter) is { } r ? CommonOptions.ParseCountry(r) : (Country?)null;
            var options = new ForecastOptions { Paths = CommonOptions.Paths(parse.GetValue(paths)) };
            var forecaster = ForecasterCatalog.Create(parse.GetValue(method)!);
            var publisher = SourceNames.Parse(parse.GetValue(source)).OrThrow();
            var query = TargetCheckQuery.ForOneRun(store);
            var onSide = TargetCheckQuery.OnReporter([.. selected.Select(r => r.Target)], side).OrThrow();
            var checks = onSide.Select(t => query.Run(new TargetCheckRequest(t, date) { Reporter = side, Source = publisher, Forecaster = forecaster, Options = options })).ToList();
            if (parse.GetValue(format) == "json")
            {
                TargetRenderer.RenderJson(env.Out, date, checks);
            }
            else
            {
                checks.ForEach(check => TargetRenderer.RenderCheck(env.Console, check));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static decimal ParseAmount(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        var scale = t.EndsWith("bn", StringComparison.Ordinal) ? 1e9m : t.EndsWith("tn", StringComparison.Ordinal) ? 1e12m : 1m;
        t = scale == 1m ? t : t[..^2];
        return decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value * scale
            : throw new UserInputException($"--amount '{text}' is not a positive amount (e.g. 200e9 or 200bn).");
    }
}
