using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Turnover.Application;
using Turnover.Core;
using Turnover.Presentation.Json;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Rendering;

/// <summary>Renders <c>turnover products</c>: a table of products, risers and fallers, and what the lines cover.</summary>
internal static class ProductsRenderer
{
    public static void RenderTable(IAnsiConsole console, ProductsAnswer answer, int top)
    {
        var shown = answer.Shown;
        var against = answer.Base is { } b ? $", {ProductsWording.YearLabel(shown)} against {ProductsWording.YearLabel(b)}" : $", {ProductsWording.YearLabel(shown)}";
        console.MarkupLine(Markup.Escape(
            $"{answer.Reporter.Name}–{answer.Partner.Name} trade by {ProductsWording.ListedBy(answer.Products.Select(p => p.Product), answer.Level)}, US$ m{against}, as reported by {ReportedBy(answer.Source, answer.Reporter)}"));
        var grid = new Table().Border(TableBorder.Rounded);
        grid.AddColumn(ProductsWording.Column(answer.Products.Select(p => p.Product)));
        if (answer.Base is { } baseYear)
        {
            grid.AddColumn(new TableColumn(ProductsWording.YearLabel(baseYear)).RightAligned());
        }

        grid.AddColumn(new TableColumn(ProductsWording.YearLabel(shown)).RightAligned());
        grid.AddColumn(new TableColumn("share").RightAligned());
        if (answer.Base is not null)
        {
            grid.AddColumn(new TableColumn("change").RightAligned());
            grid.AddColumn(new TableColumn("contrib. pp").RightAligned());
        }

        foreach (var p in answer.Products.Take(top))
        {
            // A product whose files end before the year shown is not known there: no 0.0 (ProductChange.FilesEnd).
            grid.AddRow(Cells(answer, p.Product.ToString(), p.BaseUsd, p.FilesEnd is null ? p.Usd : null, p.FilesEnd is null ? p.SharePercent : null, p.ChangePercent, p.ContributionPoints));
        }

        var rest = answer.Products.Skip(top).ToList();
        if (rest.Count > 0)
        {
            grid.AddRow(Cells(answer, $"{rest.Count} other(s)", rest.Sum(p => p.BaseUsd), rest.Sum(p => p.Usd), Sum(rest.Select(p => p.SharePercent)), null, Sum(rest.Select(p => p.ContributionPoints))));
        }

        grid.AddRow(Cells(answer, "lines", answer.Base?.LinesUsd ?? 0m, shown.LinesUsd, Sum(answer.Products.Select(p => p.SharePercent)), Growth(answer.Base?.LinesUsd, shown.LinesUsd), Sum(answer.Products.Select(p => p.ContributionPoints))));
        if (shown.TotalUsd is { } total)
        {
            grid.AddRow(Cells(answer, "all goods", answer.Base?.TotalUsd ?? 0m, total, answer.ShareOfTotal ? 100m : null, Growth(answer.Base?.TotalUsd, total), null));
        }

        console.WriteWhole(grid);
        if (ProductsWording.NamesLine(answer.Products.Take(top).Select(p => (p.Product, p.Name))) is { Length: > 0 } names)
        {
            console.WriteLine(names);
        }

        if (ProductsWording.ExactHsLine(answer.Products, top) is { Length: > 0 } exact)
        {
            console.WriteLine(exact);
        }

        Changes(console, "Largest risers", answer.Risers);
        Changes(console, "Largest fallers", answer.Fallers);
        foreach (var note in ProductsDocument.NotesOf(answer))
        {
            console.WriteLine(note);
        }

        if (answer.Breakdown is { } breakdown)
        {
            Breakdown(console, answer, breakdown);
        }
    }

    // The parts of the year's totals by one dimension, each under its total, with their shares of it.
    private static void Breakdown(IAnsiConsole console, ProductsAnswer answer, ProductBreakdown breakdown)
    {
        if (breakdown.Groups.Count > 0)
        {
            console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{answer.Reporter.Name}'s {breakdown.Year} figures on {answer.Partner.Name} by {BreakdownWording.Name(breakdown.Dimension)}, US$ m")));
            var grid = new Table().Border(TableBorder.Rounded);
            grid.AddColumn("flow");
            grid.AddColumn("HS");
            grid.AddColumn(BreakdownWording.Option(breakdown.Dimension));
            grid.AddColumn(new TableColumn(breakdown.Year.ToString(CultureInfo.InvariantCulture)).RightAligned());
            grid.AddColumn(new TableColumn("share").RightAligned());
            foreach (var group in breakdown.Groups)
            {
                var (flow, product) = (ProductsWording.FlowName(group.Flow), BreakdownWording.Product(group.Product));
                foreach (var part in group.Parts)
                {
                    grid.AddRow(flow, product, Markup.Escape(part.Code.ToString()), Millions(part.Usd), Share(part.SharePercent));
                }

                grid.AddRow(flow, product, "parts", Millions(group.PartsUsd), Share(group.CoveredPercent));
                grid.AddRow(flow, product, "total", group.TotalUsd is null ? "not stored" : Millions(group.TotalUsd), group.TotalUsd is null ? "–" : "100.0%");
            }

            console.WriteWhole(grid);
        }

        foreach (var note in BreakdownWording.Notes(answer, breakdown))
        {
            console.WriteLine(note);
        }
    }

    private static string Share(decimal? percent) => percent is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    /// <summary>Writes the <c>turnover.products/2</c> document (docs/json-contract.md).</summary>
    public static void RenderJson(TextWriter output, ProductsAnswer answer, DateOnly? asOf) =>
        output.WriteLine(JsonSerializer.Serialize(ProductsDocument.From(answer, asOf), TurnoverJsonContext.Readable.ProductsDocument));

    public static string Millions(decimal? usd) => usd is { } v ? (v / 1_000_000m).ToString("N1", CultureInfo.InvariantCulture) : "–";

    /// <summary>Whose lines a product table reads: the reporter and its publisher, or a reconciled dataset as such.</summary>
    public static string ReportedBy(SourceKind source, Country reporter) => source.IsReconciled()
        ? $"{SourceNames.Describe(source)} (both sides reconciled)"
        : $"{reporter.Name} ({SourceNames.Describe(source)})";

    private static string[] Cells(ProductsAnswer answer, string label, decimal baseUsd, decimal? usd, decimal? share, decimal? change, decimal? contribution)
    {
        var cells = new List<string> { label };
        if (answer.Base is not null)
        {
            cells.Add(Millions(baseUsd));
        }

        cells.Add(Millions(usd));
        cells.Add(share is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–");
        if (answer.Base is not null)
        {
            cells.Add(Numbers.Percent(change));
            cells.Add(contribution is { } c ? c.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "–");
        }

        return [.. cells];
    }

    private static void Changes(IAnsiConsole console, string title, IReadOnlyList<ProductChange> changes)
    {
        if (changes.Count > 0)
        {
            console.WriteLine($"{title}: " + string.Join("; ", changes.Select(c => string.Create(
                CultureInfo.InvariantCulture,
                $"{c.Product} {(c.Usd - c.BaseUsd) / 1_000_000m:+#,0.0;-#,0.0} m ({(c.ContributionPoints is { } pp ? pp.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "–")} pp)"))) + ".");
        }
    }

    private static decimal? Growth(decimal? before, decimal after) => before is > 0m and { } b ? (after / b - 1m) * 100m : null;

    private static decimal? Sum(IEnumerable<decimal?> values)
    {
        var list = values.ToList();
        return list.Any(v => v is null) ? null : list.Sum();
    }
}
