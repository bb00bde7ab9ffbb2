using System.CommandLine;
using Turnover.Application;
using Turnover.Cli.Rendering;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover mirror A B</c>: each side's figures of the same flows, side by side, and why they differ.</summary>
internal static class MirrorCommand
{
    public static Command Create(CliEnvironment env)
    {
        var a = new Argument<string>("A") { Description = "First country: ISO3, ISO2, numeric code or name" };
        var b = new Argument<string>("B") { Description = "Second country" };
        var freq = new Option<string>("--freq") { Description = "year: full years, and the same January-to-month spans where a side published only those", DefaultValueFactory = _ => "year" };
        freq.AcceptOnlyFromAmong("year");
        var from = new Option<int?>("--from") { Description = "First year" };
        var to = new Option<int?>("--to") { Description = "Last year" };
        var asOf = CommonOptions.AsOf();
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var db = new StoreOptions();
        var command = new Command("mirror", "Both sides' statistics of a pair side by side: A's exports against B's imports and the reverse, turnover, the gaps and why")
        {
            a, b, freq, from, to, asOf, format,
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

            var request = new MirrorQueryRequest(CommonOptions.ParseCountry(parse.GetValue(a)!), CommonOptions.ParseCountry(parse.GetValue(b)!))
            {
                Years = new YearRange(parse.GetValue(from), parse.GetValue(to)),
                AsOf = CommonOptions.ParseAsOf(parse.GetValue(asOf), env),
            };
            using var store = db.OpenForQuery(parse, env);
            var answer = new MirrorQuery(store).Run(request).OrThrow();
            if (parse.GetValue(format) == "json")
            {
                MirrorRenderer.RenderJson(env.Out, answer, request.AsOf);
            }
            else
            {
                MirrorRenderer.RenderTable(env.Console, answer);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
