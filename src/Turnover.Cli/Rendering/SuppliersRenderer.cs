using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Turnover.Application;
using Turnover.Presentation.Json;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Rendering;

/// <summary>Renders <c>turnover suppliers</c>: each origin's value, share, volume and unit value by year.</summary>
internal static class SuppliersRenderer
{
    public static void RenderTable(IAnsiConsole console, SuppliersAnswer answer)
    {
        console.MarkupLine(Markup.Escape(
            $"{answer.Importer.Name}'s imports of {ProductsWording.Named(answer.Product, answer.ProductName)}{(answer.ProductExactHs is { } hs ? $" (exactly HS {hs})" : string.Empty)} by origin, US$ m, as reported by {SourceNames.Describe(answer.Source)}"));
        var grid = new Table().Border(TableBorder.Rounded);
        grid.AddColumn("origin");
        grid.AddColumn("year");
        grid.AddColumn(new TableColumn("value").RightAligned());
        grid.AddColumn(new TableColumn("share").RightAligned());
        grid.AddColumn(new TableColumn("volume").RightAligned());
        grid.AddColumn(new TableColumn("US$/unit").RightAligned());
        grid.AddColumn("flags");
        SupplierMarket? previous = null;
        foreach (var market in answer.Markets)
        {
            // The label again where a year's figure is of the other kind (a world series that stops, leaving the origins' sum).
            grid.AddRow(
                previous is null || previous.WorldComparable != market.WorldComparable ? (market.WorldComparable ? "World (as published)" : "all origins (sum)") : string.Empty,
                Year(market.Year, market.ShareMonths),
                ProductsRenderer.Millions(market.BasisUsd),
                market.LapsedPercent is null ? "100.0%" : "–",
                string.Empty,
                string.Empty,
                SuppliersWording.LapsedFlag(market)
                ?? SuppliersWording.FilesEndFlag(market)
                ?? (market.WorldUsd is null ? "no world figure: shares of the origins' sum"
                : market.WorldLacks.Count > 0 ? $"world figure lacks HS {string.Join(", ", market.WorldLacks.Select(p => p.ToString()))}: shares of the origins' sum"
                : string.Join("; ", new[] { SuppliersWording.WorldThroughFlag(market), OriginsFlag(market) }.Where(f => f.Length > 0))));
            previous = market;
        }

        foreach (var origin in answer.Origins)
        {
            Rows(grid, origin[0].Origin.Name, origin);
        }

        if (answer.Others.Count > 0)
        {
            Rows(grid, $"{answer.OtherOrigins} other origin(s)", answer.Others);
        }

        console.WriteWhole(grid);
        if (SuppliersWording.MonthsNote(answer.Markets) is { } months)
        {
            console.WriteLine(months);
        }

        if (OriginsNote(answer.Markets) is { Length: > 0 } note)
        {
            console.WriteLine(note);
        }

        if (SuppliersWording.WorldLacks(answer.Markets) is { } lacks)
        {
            console.WriteLine(lacks);
        }

        console.WriteLine("Volumes in tonnes (t) for weights, else in the source's unit; quantities in different units are never added. "
            + "US$/unit divides the value of the lines with a quantity by that quantity; a quantity of zero is flagged, never divided.");
        if (ReleaseWording.LinesFrom(answer.Releases) is { Length: > 0 } releases)
        {
            console.WriteLine(releases);
        }
    }

    /// <summary>Writes the <c>turnover.suppliers/1</c> document (docs/json-contract.md).</summary>
    public static void RenderJson(TextWriter output, SuppliersAnswer answer, DateOnly? asOf) =>
        output.WriteLine(JsonSerializer.Serialize(SuppliersDocument.From(answer, asOf), TurnoverJsonContext.Readable.SuppliersDocument));

    private static void Rows(Table grid, string name, IReadOnlyList<SupplierYear> years)
    {
        foreach (var y in years)
        {
            var quantities = y.Quantities.Count == 0 ? ["–"] : y.Quantities.Select(q => $"{Quantity(q.Amount)} {q.Unit}").ToList();
            var prices = y.Quantities.Count == 0 ? ["–"] : y.Quantities.Select(q => q.UsdPerUnit is { } p ? $"{p.ToString("N2", CultureInfo.InvariantCulture)}/{q.Unit}" : "–").ToList();
            grid.AddRow(
                y == years[0] ? name : string.Empty,
                Year(y.Year, y.Months),
                ProductsRenderer.Millions(y.ValueUsd),
                y.SharePercent is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–",
                string.Join(", ", quantities),
                string.Join(", ", prices),
                Flags(y));
        }
    }

    /// <summary>
    /// The origins' sum as a percentage of the world figure, to a tenth; null where they agree to that, or where origins
    /// lack lines because their files end (the sum then measures no coverage).
    /// </summary>
    private static decimal? OriginsPercent(SupplierMarket market)
    {
        if (!market.WorldComparable || market.BasisUsd <= 0m || market.FilesEndPercent is not null)
        {
            return null;
        }

        var percent = Math.Round(market.OriginsUsd / market.BasisUsd * 100m, 1, MidpointRounding.AwayFromZero);
        return percent == 100m ? null : percent;
    }

    private static string OriginsFlag(SupplierMarket market) =>
        OriginsPercent(market) is { } percent ? $"origins add up to {Percent(percent)}" : string.Empty;

    /// <summary>
    /// Where the origins stored do not add up to the world figure (a source that names only some origins, a world
    /// total revised apart from them), the shares do not add up to 100% either: say by how much, year by year, rather
    /// than leave it to the reader's sum.
    /// </summary>
    private static string OriginsNote(IReadOnlyList<SupplierMarket> markets)
    {
        var gaps = markets
            .Select(m => (Market: m, Percent: OriginsPercent(m), Gap: m.BasisUsd - m.OriginsUsd))
            .Where(m => m.Percent is not null)
            .ToList();
        var years = gaps.Select(m => $"{m.Market.Year} {Percent(m.Percent!.Value)} ({ProductsRenderer.Millions(Math.Abs(m.Gap))} m {(m.Gap > 0m ? "short" : "over")})");
        var note = gaps.Count == 0 ? null : $"The origins stored do not add up to the world figure as published: {string.Join(", ", years)}; so neither do their shares.";
        // Below a point short, lapsed series explain little that a revision of the world figure would not; a year
        // without shares names them too, as its reason.
        var shortfalls = markets
            .Where(m => m.Shortfalls.Count > 0 && (m.FilesEndPercent is not null || OriginsPercent(m) <= 99m))
            .Select(Shortfalls);
        return string.Join(" ", new[] { note }.Concat(shortfalls).OfType<string>());
    }

    // Names the origins whose lines stop, largest first, so the reader sees where the world figure's remainder may be.
    private static string Shortfalls(SupplierMarket market)
    {
        const int Named = 5;
        var named = market.Shortfalls.Take(Named).Select(s =>
            $"{s.Origin.Name} ({(s.Months == 0 ? "none" : $"{s.Months} of {market.ShareMonths} months")}; {market.Year - 1}: {ProductsRenderer.Millions(s.PreviousYearUsd)} m)");
        var more = market.Shortfalls.Count > Named ? $" and {market.Shortfalls.Count - Named} more" : string.Empty;
        return $"Origins stored for {market.Year - 1} with fewer months of lines in {market.Year}: {string.Join(", ", named)}{more}.";
    }

    // Whole units, except below one: Argentina's 0.3 t of pollock fillets showed as "0 t" beside 26,000.00/t.
    internal static string Quantity(double amount) => amount switch
    {
        0d => "0",
        _ when Math.Abs(amount) >= 1d => amount.ToString("N0", CultureInfo.InvariantCulture),
        _ when Math.Abs(amount) >= 0.001d => amount.ToString("0.###", CultureInfo.InvariantCulture),
        _ => "<0.001",
    };

    private static string Percent(decimal percent) => percent.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Flags(SupplierYear y)
    {
        var flags = new List<string>();
        if (y.ShareOn is { } on)
        {
            flags.Add(SuppliersWording.ShareOnFlag(on));
        }

        if (y.Quantities.Sum(q => q.ZeroQuantityLines) is > 0 and var zero)
        {
            flags.Add($"{zero} line(s) with a value and zero quantity");
        }

        if (y.UnquantifiedUsd > 0m)
        {
            flags.Add($"{ProductsRenderer.Millions(y.UnquantifiedUsd)} m without quantity");
        }

        return string.Join("; ", flags);
    }

    private static string Year(int year, int months) =>
        months == 12 ? year.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{year} ({months} mo.)");
}
