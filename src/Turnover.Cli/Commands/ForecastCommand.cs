using System.CommandLine;
using Turnover.Analytics.Forecasting;
using Turnover.Application;
using Turnover.Cli.Rendering;
using Turnover.Core;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover forecast A B</c></summary>
internal static class ForecastCommand
{
    public static Command Create(CliEnvironment env)
    {
        var a = new Argument<string>("A") { Description = "First country: ISO3, ISO2, numeric code or name" };
        var b = new Argument<string>("B") { Description = "Second country" };
        var flow = new Option<string>("--flow") { Description = "turnover, exports or imports (from the reporter's side)", DefaultValueFactory = _ => "turnover" };
        flow.AcceptOnlyFromAmong("turnover", "exports", "imports");
        var freq = new Option<string>("--freq") { Description = "month (each month and the calendar years) or year (calendar years only)", DefaultValueFactory = _ => "month" };
        freq.AcceptOnlyFromAmong("month", "year");
        var horizon = new Option<int?>("--horizon") { Description = $"Months ahead (default {ForecastRequest.DefaultMonths}) or, by year, calendar years (default {ForecastRequest.DefaultYears}, counting an unfinished year)" };
        var method = new Option<string>("--method") { Description = $"Forecasting model: {string.Join(", ", Forecasters.Names)} (default {ForecasterCatalog.Default})", DefaultValueFactory = _ => ForecasterCatalog.Default };
        method.AcceptOnlyFromAmong([.. Forecasters.Names]);
        var reporter = new Option<string?>("--reporter") { Description = "Whose statistics: A or B (default: the side with data)" };
        var source = new Option<string?>("--source") { Description = "Publisher: " + string.Join(", ", SourceCatalog.All.Select(s => s.Code)) };
        var asOf = CommonOptions.AsOf();
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var db = new StoreOptions();
        var command = new Command("forecast", "Forecast a pair's trade: the point forecast and 80% and 95% intervals per month and per calendar year")
        {
            a, b, flow, freq, horizon, method, reporter, source, asOf, format,
        };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            var countryA = CommonOptions.ParseCountry(parse.GetValue(a)!);
            var countryB = CommonOptions.ParseCountry(parse.GetValue(b)!);
            var side = parse.GetValue(reporter) is { } r ? CommonOptions.ParseCountry(r) : (Country?)null;
            var date = CommonOptions.ParseAsOf(parse.GetValue(asOf), env);
            using var store = db.OpenForQuery(parse, env);
            var pair = new SourceRequest(countryA, countryB) { Reporter = side, Source = SourceNames.Parse(parse.GetValue(source)).OrThrow(), AsOf = date };
            var answer = new ForecastQuery(store).Run(new ForecastRequest(pair, SeriesCommand.ParseMeasure(parse.GetValue(flow)!), Forecasters.Get(parse.GetValue(method)!))
            {
                Granularity = SeriesCommand.ParseGranularity(parse.GetValue(freq)!),
                Horizon = parse.GetValue(horizon),
                MethodNamed = parse.GetResult(method) is { Implicit: false },
            }).OrThrow();
            if (parse.GetValue(format) == "json")
            {
                ForecastRenderer.RenderJson(env.Out, answer);
            }
            else
            {
                ForecastRenderer.RenderTable(env.Console, answer);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
