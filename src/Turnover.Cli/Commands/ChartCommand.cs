using System.CommandLine;
using Spectre.Console;
using Turnover.Analytics.Forecasting;
using Turnover.Application;
using Turnover.Charts;
using Turnover.Cli.Rendering;
using Turnover.Core;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover chart A B --out FILE.png|FILE.svg</c></summary>
internal static class ChartCommand
{
    public static Command Create(CliEnvironment env)
    {
        var a = new Argument<string>("A") { Description = "First country: ISO3, ISO2, numeric code or name" };
        var b = new Argument<string>("B") { Description = "Second country" };
        var flow = new Option<string>("--flow") { Description = "turnover, exports, imports or balance (from the reporter's side)", DefaultValueFactory = _ => "turnover" };
        flow.AcceptOnlyFromAmong("turnover", "exports", "imports", "balance");
        var freq = new Option<string>("--freq") { Description = "month or year (default: month; year where the source has only years)", DefaultValueFactory = _ => "month" };
        freq.AcceptOnlyFromAmong("month", "year");
        var from = new Option<string?>("--from") { Description = "First period shown (2013, 2022-04)" };
        var to = new Option<string?>("--to") { Description = "Last period shown" };
        var reporter = new Option<string?>("--reporter") { Description = "Whose statistics: A or B (default: the side with data)" };
        var source = new Option<string?>("--source") { Description = "Publisher: " + string.Join(", ", SourceCatalog.All.Select(s => s.Code)) };
        var target = new Option<string?>("--target") { Description = "A registered target (see 'turnover target list') drawn as a line at its amount up to its deadline" };
        var forecast = new Option<bool>("--forecast") { Description = "Draw the forecast fan (80% and 95% of simulated paths)" };
        var method = new Option<string>("--method") { Description = $"Forecasting model for the fan: {string.Join(", ", Forecasters.Names)}", DefaultValueFactory = _ => ForecasterCatalog.Default };
        method.AcceptOnlyFromAmong([.. Forecasters.Names]);
        var asOf = CommonOptions.AsOf();
        var output = new Option<string>("--out") { Description = "The image to write: FILE.png or FILE.svg", Required = true };
        var targets = TargetCommand.TargetsFile();
        var db = new StoreOptions();
        var command = new Command("chart", "Draw a pair's trade: months or years, the rolling 12 months, a target, a forecast fan")
        {
            a, b, flow, freq, from, to, reporter, source, target, forecast, method, asOf, output, targets,
        };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            var format = ChartFormats.FromPath(path) ?? throw new UserInputException($"--out {path}: the file name must end in .png or .svg.");
            // Refused before any work; checked again when written.
            OutputFile.Destination(path).OrThrow();
            var countryA = CommonOptions.ParseCountry(parse.GetValue(a)!);
            var countryB = CommonOptions.ParseCountry(parse.GetValue(b)!);
            var side = parse.GetValue(reporter) is { } r ? CommonOptions.ParseCountry(r) : (Country?)null;
            var date = CommonOptions.ParseAsOf(parse.GetValue(asOf), env);
            using var store = db.OpenForQuery(parse, env);
            var chosenTarget = parse.GetValue(target) is { } name
                ? TargetCommand.Registry(parse.GetValue(targets)!).Select(store, name).OrThrow()[0].Target
                : null;
            var pair = new SourceRequest(countryA, countryB) { Reporter = side, Source = SourceNames.Parse(parse.GetValue(source)).OrThrow(), AsOf = date };
            var series = new SeriesQueryRequest(pair, SeriesCommand.ParseMeasure(parse.GetValue(flow)!))
            {
                Granularity = parse.GetResult(freq) is null or { Implicit: true } ? null : SeriesCommand.ParseGranularity(parse.GetValue(freq)!),
                From = CommonOptions.ParsePeriod(parse.GetValue(from), "--from"),
                To = CommonOptions.ParsePeriod(parse.GetValue(to), "--to"),
            };
            var answer = new ChartQuery(store).Run(new ChartRequest(series)
            {
                Target = chosenTarget,
                Forecaster = parse.GetValue(forecast) ? Forecasters.Get(parse.GetValue(method)!) : null,
            }).OrThrow();
            var chart = ChartWording.Chart(answer, date);
            byte[] image;
            try
            {
                image = ChartRenderer.Render(chart, format);
            }
            catch (InvalidOperationException ex)
            {
                throw new UserInputException(ex.Message);
            }

            try
            {
                OutputFile.Replace(path, partial =>
                {
                    File.WriteAllBytes(partial, image);
                    return Outcome.Of(true);
                }).OrThrow();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UserInputException($"--out {path}: cannot write the chart: {ex.Message}");
            }

            env.Console.WriteLine($"Wrote {path} ({format.ToString().ToUpperInvariant()}, {image.Length:N0} bytes): {chart.Title}.");
            foreach (var line in chart.Caption)
            {
                env.Console.WriteLine(line);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
