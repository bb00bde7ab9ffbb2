using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Turnover.Application;
using Turnover.Core;
using Turnover.Presentation.Json;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Rendering;

/// <summary>Renders <c>turnover decompose</c>: products with value, volume and unit value, then the aggregate indices.</summary>
internal static class DecomposeRenderer
{
    public static void RenderTable(IAnsiConsole console, DecomposeAnswer answer)
    {
        var within = answer.Within is { } w ? $" inside {ProductsWording.Named(w)}" : string.Empty;
        var reporter = ProductsRenderer.ReportedBy(answer.Source, answer.Reporter);
        console.MarkupLine(Markup.Escape(
            $"{answer.Reporter.Name}–{answer.Partner.Name} trade{within} by {ProductsWording.ListedBy(answer.Products.Select(p => p.Product), answer.Level)}: value split into volume and unit value, {DecomposeWording.Span(answer)}, as reported by {reporter}"));
        console.WriteWhole(Products(answer));
        var listed = answer.Largest?.Lines ?? answer.Products;
        if (ProductsWording.NamesLine(listed.Select(p => (p.Product, p.Name))) is { Length: > 0 } names)
        {
            console.WriteLine(names);
        }

        if (DecomposeWording.Listed(answer) is { Length: > 0 } bound)
        {
            console.WriteLine(bound);
        }

        console.WriteWhole(Indices(answer));
        foreach (var note in DecomposeWording.Notes(answer))
        {
            console.WriteLine(note);
        }
    }

    /// <summary>Writes the <c>turnover.decompose/2</c> document (docs/json-contract.md).</summary>
    public static void RenderJson(TextWriter output, DecomposeAnswer answer, DateOnly? asOf) =>
        output.WriteLine(JsonSerializer.Serialize(DecomposeDocument.From(answer, asOf), TurnoverJsonContext.Readable.DecomposeDocument));

    private static Table Products(DecomposeAnswer answer)
    {
        var (first, last) = (DecomposeWording.First(answer), DecomposeWording.Last(answer));
        var grid = new Table().Border(TableBorder.Rounded);
        grid.AddColumn(ProductsWording.Column(answer.Products.Select(p => p.Product)));
        grid.AddColumn("flow");
        foreach (var title in new[] { $"{first} US$ m", $"{last} US$ m", "value", "volume", "unit value", $"US$/unit {first}", $"US$/unit {last}" })
        {
            grid.AddColumn(new TableColumn(title).RightAligned());
        }

        grid.AddColumn("flags");
        foreach (var p in answer.Largest?.Lines ?? answer.Products)
        {
            grid.AddRow(
                p.Product.ToString(),
                ProductsWording.FlowName(p.Flow),
                ProductsRenderer.Millions(p.BaseUsd),
                ProductsRenderer.Millions(p.Comparability == Comparability.FilesEnd ? null : p.Usd), // not known, not zero
                Numbers.Percent(p.ValueChangePercent),
                p.VolumeChangePercent is { } v ? Numbers.Percent(v) : "–",
                Numbers.Percent(p.UnitValueChangePercent),
                PerUnit(p.BaseUsdPerUnit, p.Unit),
                PerUnit(p.UsdPerUnit, p.Unit),
                DecomposeWording.Flag(p.Comparability));
        }

        // A bounded table sums what it does not list and closes with every line's total, so its rows add up.
        if (answer.Largest is { } largest)
        {
            if (largest.Others.Count > 0)
            {
                grid.AddRow(Summed("other lines", largest.Others.Count, largest.Others.BaseUsd, largest.Others.Usd, largest.Others.ValueChangePercent));
            }

            grid.AddRow(Summed("all lines", answer.Products.Count, answer.BaseUsd, answer.Usd, answer.BaseUsd > 0m ? (answer.Usd / answer.BaseUsd - 1m) * 100m : null));
        }

        return grid;
    }

    // The count goes in the flow column: the first is as narrow as an HS code, and a wider label would wrap at 120 columns.
    private static string[] Summed(string label, int lines, decimal baseUsd, decimal usd, decimal? change) =>
        [label, DecomposeWording.Lines(lines), ProductsRenderer.Millions(baseUsd), ProductsRenderer.Millions(usd), Numbers.Percent(change), "–", "–", "–", "–", string.Empty];

    private static Table Indices(DecomposeAnswer answer)
    {
        var grid = new Table().Border(TableBorder.Rounded);
        grid.AddColumn("index");
        foreach (var title in new[] { "covered", "value", "volume L", "volume P", "volume F", "price L", "price P", "price F" })
        {
            grid.AddColumn(new TableColumn(title).RightAligned());
        }

        foreach (var l in answer.Links)
        {
            var covered = l.CoveredPercent is { } c ? c.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";
            grid.AddRow([DecomposeWording.Link(answer, l), covered, DecomposeWording.Change(l.ComparableValueRatio), .. Cells(l.Volume), .. Cells(l.Price)]);
        }

        if (answer.Links.Count > 1)
        {
            grid.AddRow(["chained", string.Empty, DecomposeWording.Change(answer.ChainedComparableValueRatio), .. Cells(answer.ChainedVolume), .. Cells(answer.ChainedPrice)]);
        }

        return grid;
    }

    private static string[] Cells(IndexNumbers? i) =>
        [DecomposeWording.Change(i?.Laspeyres), DecomposeWording.Change(i?.Paasche), DecomposeWording.Change(i?.Fisher)];

    private static string PerUnit(decimal? usd, string? unit) =>
        usd is { } p ? $"{p.ToString("N2", CultureInfo.InvariantCulture)}/{unit}" : "–";
}
