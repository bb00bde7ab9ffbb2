using System.CommandLine;
using Turnover.Application;
using Turnover.Cli.Rendering;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Cli.Commands;

/// <summary>
/// <c>turnover export --out PATH [--format parquet|csv] [--pair A B] [--from Y] [--to Y] [--as-of DATE] [--every-revision]</c>:
/// the stored figures as published, for other tools.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliEnvironment env)
    {
        var output = new Option<string>("--out") { Description = "The file to write (replaced only once the new one is whole)", Required = true };
        var format = new Option<string?>("--format") { Description = "parquet or csv (default: csv for a .csv file, else parquet)" };
        format.AcceptOnlyFromAmong("parquet", "csv");
        var pair = CommonOptions.Pair("Only this pair, both directions and both sides' statistics: two countries (ISO3, ISO2, code or name)", required: false);
        var from = new Option<int?>("--from") { Description = "First year" };
        var to = new Option<int?>("--to") { Description = "Last year" };
        var asOf = CommonOptions.AsOf();
        var everyRevision = new Option<bool>("--every-revision")
        {
            Description = "Every revision of each figure, each with its release (default: the latest, which every answer reads)",
        };
        var db = new StoreOptions();
        var command = new Command("export", "The stored figures as published, each with its source, release and line, to Parquet or CSV for other tools")
        {
            output, format, pair, from, to, asOf, everyRevision,
        };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            foreach (var (value, name) in new[] { (parse.GetValue(from), "--from"), (parse.GetValue(to), "--to") })
            {
                if (value is < 1900 or > 2200)
                {
                    throw new UserInputException($"{name} {value} is not a year between 1900 and 2200.");
                }
            }

            var countries = parse.GetValue(pair);
            var path = parse.GetValue(output)!;
            var csv = parse.GetValue(format) is { } named ? named == "csv" : path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
            var request = new ExportRequest(path, csv ? ExportFileFormat.Csv : ExportFileFormat.Parquet)
            {
                Pair = countries is [var a, var b] ? new CountryPair(CommonOptions.ParseCountry(a), CommonOptions.ParseCountry(b)) : null,
                Years = new YearRange(parse.GetValue(from), parse.GetValue(to)),
                AsOf = CommonOptions.ParseAsOf(parse.GetValue(asOf), env),
                EveryRevision = parse.GetValue(everyRevision),
            };
            using var store = db.OpenForQuery(parse, env);
            ExportRenderer.Render(env.Console, new ExportRecords(store).Run(request).OrThrow());
            return ExitCodes.Ok;
        });
        return command;
    }
}
