using System.CommandLine;
using Turnover.Application;
using Turnover.Cli.Rendering;
using Turnover.Core;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover products A B</c> and <c>turnover suppliers PRODUCT --importer C</c>: what trade is made of.</summary>
internal static class ProductsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var a = new Argument<string>("A") { Description = "First country: ISO3, ISO2, numeric code or name" };
        var b = new Argument<string>("B") { Description = "Second country" };
        var (year, from, to) = YearOptions();
        var level = new Option<string>("--level") { Description = "chapter (HS2), heading (HS4) or product (HS6)", DefaultValueFactory = _ => "chapter" };
        level.AcceptOnlyFromAmong("chapter", "heading", "product");
        var top = new Option<int>("--top") { Description = "Products listed, and risers and fallers", DefaultValueFactory = _ => 10 };
        var by = new Option<string?>("--by") { Description = "Also the stored parts of the year's totals by customs procedure (customs), mode of transport (mot) or second partner (partner2): Comtrade breakdowns" };
        by.AcceptOnlyFromAmong("customs", "mot", "partner2");
        var reporter = new Option<string?>("--reporter") { Description = "Whose statistics: A or B (default: the side with the most lines)" };
        var source = new Option<string?>("--source") { Description = "Publisher: " + string.Join(", ", SourceCatalog.All.Select(s => s.Code)) + " (default: the one with the most lines)" };
        var flow = new Option<string?>("--flow") { Description = "exports or imports, from the reporter's side (default: both)" };
        flow.AcceptOnlyFromAmong("exports", "imports");
        var asOf = CommonOptions.AsOf();
        var format = Format();
        var db = new StoreOptions();
        var command = new Command("products", "What a pair trades by product: values, shares, change and contribution to growth")
        {
            a, b, year, from, to, level, top, by, reporter, source, flow, asOf, format,
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

            var request = new ProductsRequest(countryA, countryB)
            {
                Reporter = chosenReporter,
                Source = SourceNames.Parse(parse.GetValue(source)).OrThrow(),
                Flow = parse.GetValue(flow) switch { "exports" => Flow.Export, "imports" => Flow.Import, _ => null },
                Years = ParseYears(parse.GetValue(year), parse.GetValue(from), parse.GetValue(to)),
                Level = parse.GetValue(level) switch { "heading" => ProductLevel.Heading, "product" => ProductLevel.Product, _ => ProductLevel.Chapter },
                Top = parse.GetValue(top),
                AsOf = CommonOptions.ParseAsOf(parse.GetValue(asOf), env),
                By = parse.GetValue(by) switch
                {
                    "customs" => BreakdownDimension.CustomsProcedure,
                    "mot" => BreakdownDimension.TransportMode,
                    "partner2" => BreakdownDimension.SecondPartner,
                    _ => null,
                },
            };
            using var store = db.OpenForQuery(parse, env);
            var answer = new ProductsQuery(store).Run(request).OrThrow();
            if (parse.GetValue(format) == "json")
            {
                ProductsRenderer.RenderJson(env.Out, answer, request.AsOf);
            }
            else
            {
                ProductsRenderer.RenderTable(env.Console, answer, request.Top);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command CreateSuppliers(CliEnvironment env)
    {
        var product = new Argument<string>("PRODUCT")
        {
            Description = "HS code: chapter (27), heading (2709) or product (271111); or a commodity's name as stored (FAO: \"Alaska pollock fillets, frozen\")",
        };
        var importer = new Option<string>("--importer") { Description = "The importing country", Required = true };
        var (year, from, to) = YearOptions();
        var top = new Option<int>("--top") { Description = "Origins listed (by value in the last year); the rest are summed", DefaultValueFactory = _ => 10 };
        var asOf = CommonOptions.AsOf();
        var format = Format();
        var db = new StoreOptions();
        var command = new Command("suppliers", "Market shares among an importer's origins for one product, with volumes and unit values")
        {
            product, importer, year, from, to, top, asOf, format,
        };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            var request = new SuppliersRequest(ProductArgument.Parse(parse.GetValue(product)!, "PRODUCT"), CommonOptions.ParseCountry(parse.GetValue(importer)!))
            {
                Years = ParseYears(parse.GetValue(year), parse.GetValue(from), parse.GetValue(to)),
                Top = parse.GetValue(top),
                AsOf = CommonOptions.ParseAsOf(parse.GetValue(asOf), env),
            };
            using var store = db.OpenForQuery(parse, env);
            var answer = new SuppliersQuery(store).Run(request).OrThrow();
            if (parse.GetValue(format) == "json")
            {
                SuppliersRenderer.RenderJson(env.Out, answer, request.AsOf);
            }
            else
            {
                SuppliersRenderer.RenderTable(env.Console, answer);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    internal static (Option<int?> Year, Option<int?> From, Option<int?> To) YearOptions() => (
        new Option<int?>("--year") { Description = "One year (products: compared with the year before)" },
        new Option<int?>("--from") { Description = "First year" },
        new Option<int?>("--to") { Description = "Last year" });

    internal static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        return format;
    }

    internal static YearRange ParseYears(int? year, int? from, int? to)
    {
        foreach (var (value, name) in new[] { (year, "--year"), (from, "--from"), (to, "--to") })
        {
            if (value is < 1900 or > 2200)
            {
                throw new UserInputException($"{name} {value} is not a year between 1900 and 2200.");
            }
        }

        if (year is { } y)
        {
            return from is null && to is null ? YearRange.Of(y) : throw new UserInputException("--year cannot be combined with --from or --to.");
        }

        return from is { } f && to is { } t && f > t
            ? throw new UserInputException($"--from {f} is after --to {t}: nothing lies between them.")
            : new YearRange(from, to);
    }
}
