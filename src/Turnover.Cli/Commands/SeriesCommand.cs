using System.CommandLine;
using Spectre.Console;
using Turnover.Application;
using Turnover.Cli.Rendering;
using Turnover.Core;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover series A B</c></summary>
internal static class SeriesCommand
{
    public static Command Create(CliEnvironment env)
    {
        var a = new Argument<string>("A") { Description = "First country: ISO3, ISO2, numeric code or name" };
        var b = new Argument<string>("B") { Description = "Second country" };
        var flow = new Option<string>("--flow") { Description = "turnover, exports, imports or balance (from the reporter's side)", DefaultValueFactory = _ => "turnover" };
        flow.AcceptOnlyFromAmong("turnover", "exports", "imports", "balance");
        var freq = new Option<string>("--freq") { Description = "month, quarter or year (default: month; year where the source has only years)", DefaultValueFactory = _ => "month" };
        freq.AcceptOnlyFromAmong("month", "quarter", "year");
        var from = new Option<string?>("--from") { Description = "First period shown (2013, 2022-Q1, 2022-04)" };
        var to = new Option<string?>("--to") { Description = "Last period shown" };
        var reporter = new Option<string?>("--reporter") { Description = "Whose statistics: A or B (default: the side with data)" };
        var source = new Option<string?>("--source") { Description = "Publisher: " + string.Join(", ", SourceCatalog.All.Select(s => s.Code)) };
        var asOf = CommonOptions.AsOf();
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var db = new StoreOptions();
        var command = new Command("series", "A pair's trade by period with YoY, year-to-date, rolling 12 months and CAGR")
        {
            a, b, flow, freq, from, to, reporter, source, asOf, format,
        };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            var countryA = CommonOptions.ParseCountry(parse.GetValue(a)!);
            var countryB = CommonOptions.ParseCountry(parse.GetValue(b)!);
            var chosenReporter = parse.GetValue(reporter) is { } r ? CommonOptions.ParseCountry(r) : (Country?)null;
            if (chosenReporter is { } cr && cr != countryA && cr != countryB)
            {
                throw new UserInputException($"--reporter {cr.Name} is neither {countryA.Name} nor {countryB.Name}.");
            }

            var date = CommonOptions.ParseAsOf(parse.GetValue(asOf), env);
            var first = CommonOptions.ParsePeriod(parse.GetValue(from), "--from");
            var last = CommonOptions.ParsePeriod(parse.GetValue(to), "--to");
            if (first is { } f && last is { } l && f.Start > l.End)
            {
                throw new UserInputException($"--from {f} is after --to {l}: nothing lies between them.");
            }

            using var store = db.OpenForQuery(parse, env);
            var pair = new SourceRequest(countryA, countryB) { Reporter = chosenReporter, Source = SourceNames.Parse(parse.GetValue(source)).OrThrow(), AsOf = date };
            var (choice, table) = new SeriesQuery(store).Run(new SeriesQueryRequest(pair, ParseMeasure(parse.GetValue(flow)!))
            {
                // Unless --freq is given, the use case shows years for an annual-only source (BACI, Comtrade's annual data).
                Granularity = parse.GetResult(freq) is null or { Implicit: true } ? null : ParseGranularity(parse.GetValue(freq)!),
                From = first,
                To = last,
            }).OrThrow();
            switch (parse.GetValue(format))
            {
                case "csv":
                    SeriesRenderer.RenderCsv(env.Out, table);
                    break;
                case "json":
                    SeriesRenderer.RenderJson(env.Out, new SeriesAnswer(choice, table), date, first, last);
                    break;
                default:
                    SeriesRenderer.RenderTable(env.Console, table, from: first, to: last);
                    foreach (var other in choice.Alternatives)
                    {
                        env.Console.WriteLine(SeriesNotes.AlsoStored(other));
                    }

                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static Measure ParseMeasure(string text) => text switch
    {
        "exports" => Measure.Exports,
        "imports" => Measure.Imports,
        "balance" => Measure.Balance,
        _ => Measure.Turnover,
    };

    public static Granularity ParseGranularity(string text) => text switch
    {
        "quarter" => Granularity.Quarter,
        "year" => Granularity.Year,
        _ => Granularity.Month,
    };
}
