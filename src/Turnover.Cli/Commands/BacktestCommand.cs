using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Turnover.Analytics.Forecasting;
using Turnover.Cli.Rendering;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover backtest [REPORTER:PARTNER…]</c>: rolling-origin accuracy of each forecasting method on stored series.</summary>
internal static class BacktestCommand
{
    public static Command Create(CliEnvironment env)
    {
        var series = new Argument<string[]>("series") { Description = "Reporter:partner pairs, e.g. CHN:RUS USA:CHN (default: every stored pair)", Arity = ArgumentArity.ZeroOrMore };
        var horizon = new Option<int>("--horizon") { Description = "Steps ahead from each origin", DefaultValueFactory = _ => 12 };
        var origins = new Option<int>("--origins") { Description = "Number of forecast origins", DefaultValueFactory = _ => 12 };
        var methods = new Option<string[]>("--methods") { Description = $"Methods ({string.Join(", ", Forecasters.Names)})", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [.. Forecasters.Names] };
        var flow = new Option<string>("--flow") { Description = "turnover, exports or imports", DefaultValueFactory = _ => "turnover" };
        flow.AcceptOnlyFromAmong("turnover", "exports", "imports");
        var paths = new Option<int>("--paths") { Description = "Simulated paths per forecast (interval coverage)", DefaultValueFactory = _ => 500 };
        var db = new StoreOptions();
        var command = new Command("backtest", "Rolling-origin evaluation of the forecasting methods: MASE, sMAPE, 80%/95% interval coverage")
        {
            series, horizon, origins, methods, flow, paths,
        };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            var h = Positive(parse.GetValue(horizon), "--horizon");
            var n = Positive(parse.GetValue(origins), "--origins");
            var options = new ForecastOptions { Paths = Positive(parse.GetValue(paths), "--paths") };
            var forecasters = parse.GetValue(methods)!.Select(m => Forecasters.TryGet(m, out var f) ? f : throw new UserInputException($"unknown method '{m}' (expected {string.Join(", ", Forecasters.Names)} or an ETS code such as MAdM).")).ToList();
            var measure = SeriesCommand.ParseMeasure(parse.GetValue(flow)!);
            using var store = db.OpenForQuery(parse, env);
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("series", "method", "origins", "points", "MASE", "sMAPE", "80% cover", "95% cover", "time");
            foreach (var (reporter, partner, source) in Pairs(store, parse.GetValue(series)!))
            {
                var monthly = store.ReadSeries(new SeriesRequest(reporter, partner, source, Granularity.Month, null));
                if (MonthlySteps.Build(monthly, measure) is not { } steps || steps.Series.ObservedCount < h + 4)
                {
                    env.Console.WriteLine($"{reporter.Label}:{partner.Label} ({source}): too few monthly observations for horizon {h}; skipped.");
                    continue;
                }

                foreach (var forecaster in forecasters)
                {
                    // Timed with the injected clock, so a test's stopped clock prints fixed times (and fixed column widths).
                    var started = env.Clock.GetTimestamp();
                    var result = Backtest.Run(steps.Series, forecaster, h, n, options);
                    table.AddRow(
                        $"{reporter.Label}:{partner.Label} ({source})", Markup.Escape(forecaster.Name), result.Origins.Count.ToString(CultureInfo.InvariantCulture),
                        result.Points.ToString(CultureInfo.InvariantCulture), Fixed(result.Mase, "0.000"), Fixed(result.Smape, "0.0") + "%",
                        Fixed(result.Coverage80 * 100, "0") + "%", Fixed(result.Coverage95 * 100, "0") + "%",
                        env.Clock.GetElapsedTime(started).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s");
                }
            }

            env.Console.MarkupLine($"[bold]Rolling-origin backtest: horizon {h} steps, {n} origins, {Markup.Escape(parse.GetValue(flow)!)} (China's combined Jan–Feb is one step)[/]");
            env.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IEnumerable<(Country Reporter, Country Partner, SourceKind Source)> Pairs(TradeStore store, string[] specs)
    {
        if (specs.Length == 0)
        {
            return store.Coverage().Where(c => c.MonthsPublished > 0).Select(c => (c.Reporter, c.Partner, c.Source)).ToList();
        }

        return specs.Select(spec =>
        {
            var parts = spec.Split(':');
            if (parts.Length != 2)
            {
                throw new UserInputException($"series '{spec}' should be REPORTER:PARTNER, e.g. CHN:RUS.");
            }

            var (reporter, partner) = (CommonOptions.ParseCountry(parts[0]), CommonOptions.ParseCountry(parts[1]));
            var coverage = store.Coverage(reporter, partner).Where(c => c.Reporter == reporter).OrderByDescending(c => c.Records).FirstOrDefault()
                ?? throw new UserInputException($"no data reported by {reporter.Name} on {partner.Name}.");
            return (reporter, partner, coverage.Source);
        }).ToList();
    }

    private static int Positive(int value, string option) => value > 0 ? value : throw new UserInputException($"{option} should be positive.");

    private static string Fixed(double value, string format) => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);
}
