using System.CommandLine;
using Spectre.Console;
using Turnover.Application;
using Turnover.Cli.Rendering;
using Turnover.Reports;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover report A B --out report.html</c></summary>
internal static class ReportCommand
{
    public static Command Create(CliEnvironment env)
    {
        var a = new Argument<string>("A") { Description = "First country: ISO3, ISO2, numeric code or name" };
        var b = new Argument<string>("B") { Description = "Second country" };
        var target = new Option<string[]>("--target") { Description = "A registered target to check (repeatable; default: every target of the pair)", AllowMultipleArgumentsPerToken = false };
        var method = new Option<string>("--method") { Description = $"Forecasting model for the fan and the probabilities: {string.Join(", ", ForecasterCatalog.Names)}", DefaultValueFactory = _ => ForecasterCatalog.Default };
        method.AcceptOnlyFromAmong([.. ForecasterCatalog.Names]);
        var asOf = CommonOptions.AsOf();
        var output = new Option<string>("--out") { Description = "The HTML file to write", Required = true };
        var targets = TargetCommand.TargetsFile();
        var db = new StoreOptions();
        var command = new Command("report", "Write one self-contained HTML report on a pair: headline figures, chart and forecast, growth, targets, both sides, releases")
        {
            a, b, target, method, asOf, output, targets,
        };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            if (!path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            {
                throw new UserInputException($"--out {path}: the file name must end in .html.");
            }

            // Refused before any work; checked again when written.
            OutputFile.Destination(path).OrThrow();
            var countryA = CommonOptions.ParseCountry(parse.GetValue(a)!);
            var countryB = CommonOptions.ParseCountry(parse.GetValue(b)!);
            var date = CommonOptions.ParseAsOf(parse.GetValue(asOf), env);
            using var store = db.OpenForQuery(parse, env);
            var registry = TargetCommand.Registry(parse.GetValue(targets)!);
            var names = parse.GetValue(target) ?? [];
            var chosen = names.Length > 0
                ? names.Select(n => registry.Select(store, n).OrThrow()[0].Target).ToList()
                : registry.List(store).OrThrow().Select(r => r.Target)
                    .Where(t => (t.First == countryA && t.Second == countryB) || (t.First == countryB && t.Second == countryA))
                    .ToList();
            var now = env.Clock.GetUtcNow();
            var answer = new ReportQuery(store).Run(new ReportRequest(countryA, countryB, DateOnly.FromDateTime(now.UtcDateTime))
            {
                AsOf = date,
                Targets = chosen,
                Forecaster = ForecasterCatalog.Create(parse.GetValue(method)!),
            }).OrThrow();
            var page = ReportWording.Page(answer, now);
            var html = HtmlReport.Write(page);
            try
            {
                OutputFile.Replace(path, partial =>
                {
                    File.WriteAllText(partial, html);
                    return Outcome.Of(true);
                }).OrThrow();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UserInputException($"--out {path}: cannot write the report: {ex.Message}");
            }

            env.Console.WriteLine($"Wrote {path} ({html.Length:N0} characters): {page.Title}, {page.Sections.Count} sections.");
            foreach (var section in page.Sections)
            {
                env.Console.WriteLine("  " + section.Heading);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
