using System.CommandLine;
using Turnover.Application;
using Turnover.Cli.Rendering;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover decompose A B</c>: a change in value split into volume and unit value.</summary>
internal static class DecomposeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var a = new Argument<string>("A") { Description = "First country: ISO3, ISO2, numeric code or name" };
        var b = new Argument<string>("B") { Description = "Second country" };
        var product = new Option<string?>("--product") { Description = "Only the lines inside this HS code: chapter (27), heading (2709) or product (271111)" };
        var (year, from, to) = ProductsCommand.YearOptions();
        var level = new Option<string>("--level") { Description = "chapter (HS2), heading (HS4) or product (HS6): the level lines are summed to before comparing", DefaultValueFactory = _ => "product" };
        level.AcceptOnlyFromAmong("chapter", "heading", "product");
        var top = new Option<int?>("--top") { Description = "Lines listed: the N whose value changed most, up or down; the rest summed in one row (default: every line)" };
        var asOf = CommonOptions.AsOf();
        var format = ProductsCommand.Format();
        var db = new StoreOptions();
        var command = new Command("decompose", "A pair's change in value split into volume and unit value: per product, and chain-linked Laspeyres, Paasche and Fisher indices")
        {
            a, b, product, year, from, to, level, top, asOf, format,
        };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            var request = new DecomposeRequest(CommonOptions.ParseCountry(parse.GetValue(a)!), CommonOptions.ParseCountry(parse.GetValue(b)!))
            {
                Years = ProductsCommand.ParseYears(parse.GetValue(year), parse.GetValue(from), parse.GetValue(to)),
                Within = parse.GetValue(product) is { } code ? Hs(code) : null,
                Level = parse.GetValue(level) switch { "heading" => ProductLevel.Heading, "chapter" => ProductLevel.Chapter, _ => ProductLevel.Product },
                Top = parse.GetValue(top),
                AsOf = CommonOptions.ParseAsOf(parse.GetValue(asOf), env),
            };
            using var store = db.OpenForQuery(parse, env);
            var answer = new DecomposeQuery(store).Run(request).OrThrow();
            if (parse.GetValue(format) == "json")
            {
                DecomposeRenderer.RenderJson(env.Out, answer, request.AsOf);
            }
            else
            {
                DecomposeRenderer.RenderTable(env.Console, answer);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Core.Product Hs(string code) => ProductArgument.Parse(code, "--product");
}
