using System.Numerics;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>Market shares among an importer's origins for one product, with volumes and unit values (<c>turnover suppliers</c>).</summary>
public sealed class SuppliersQuery
{
    private const int DefaultYears = 5;
    private readonly ITradeStore _store;

    /// <param name="store">The store to read (read-only is enough).</param>
    public SuppliersQuery(ITradeStore store) => _store = store;

    /// <summary>
    /// Reads the importer's lines of the product from every origin (its own statistics, or a reconciled dataset's
    /// exports to it), picks the source with the most lines, and gives each origin's value, share, volume and unit value by year.
    /// </summary>
    /// <returns>
    /// The answer; <see cref="FailureKind.BadInput"/> for the all-goods total, a first year after the last or a Top
    /// below 1; <see cref="FailureKind.NoData"/> when no line of the product is stored for the importer in the years.
    /// </returns>
    public Outcome<SuppliersAnswer> Run(SuppliersRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Product.IsTotal)
        {
            return Failure.Because(FailureKind.BadInput, new ProductCodeRequired(ProductQuestionKind.Suppliers));
        }

        if (ProductQuestion.Refusal(request.Years, request.Top) is { } refusal)
        {
            return refusal;
        }

        var importer = request.Importer;
        var bySource = _store.SupplierYears(importer, request.Product, request.AsOf)
            .Select(r => Imported(r, importer))
            .OfType<(Country Origin, ProductYear Row)>()
            .GroupBy(l => l.Row.Source)
            .OrderByDescending(g => g.Sum(l => l.Row.Lines))
            .FirstOrDefault();
        if (bySource is null)
        {
            return Failure.Because(FailureKind.NoData, new NoSupplierLines(importer, request.Product));
        }

        var stored = bySource.Select(l => l.Row.Year).Distinct().Order().ToList();
        var last = request.Years.To ?? stored[^1];
        var first = request.Years.From ?? last - DefaultYears + 1;
        var lines = bySource.Where(l => l.Row.Year >= first && l.Row.Year <= last).ToList();
        if (lines.Count == 0)
        {
            return Failure.Because(FailureKind.NoData, new NoSupplierLinesInYears(importer, request.Product, first, last, bySource.Key, stored[0], stored[^1]));
        }

        var byOriginYear = bySource.Where(l => !l.Origin.IsWorld).GroupBy(l => (l.Origin, l.Row.Year)).ToDictionary(g => g.Key, g => g.Select(l => l.Row).ToList());
        var originLines = bySource.Where(l => !l.Origin.IsWorld).Select(l => (l.Origin, l.Row)).ToList();
        var lacks = WorldLacks(importer, request, bySource.Key, first, last);
        var shareMonths = new SupplierShareMonths(month => _store.SupplierYears(importer, request.Product, request.AsOf, throughMonth: month)
            .Select(r => Imported(r, importer))
            .OfType<(Country Origin, ProductYear Row)>()
            .Where(l => l.Row.Source == bySource.Key));
        var years = lines.GroupBy(l => l.Row.Year).OrderBy(g => g.Key).Select(g =>
        {
            var year = g.ToList();
            var world = year.Where(l => l.Origin.IsWorld).Select(l => l.Row).ToList();
            var worldLacks = world.Count > 0 && lacks.TryGetValue(g.Key, out var missing) ? missing : [];
            var comparable = world.Count > 0 && worldLacks.Count == 0;
            var cut = shareMonths.Of(g.Key, year, comparable);

            // The months of the market, as far as the shares go: the world figure's, or the origins' without one.
            var mask = (comparable ? MonthMasks.Of(world) : MonthMasks.Of(year.Where(l => !l.Origin.IsWorld).Select(l => l.Row))) & ((1 << (cut?.ThroughMonth ?? 12)) - 1);
            var months = BitOperations.PopCount((uint)mask);
            var shortfalls = Shortfalls(byOriginYear, g.Key, months);
            var market = new SupplierMarket(
                g.Key,
                world.Count > 0 ? world.Sum(r => r.ValueUsd) : null,
                year.Where(l => !l.Origin.IsWorld).GroupBy(l => l.Origin)
                    .Sum(o => cut is not null && cut.Origins.TryGetValue(o.Key, out var on) && on.ValueUsd is { } v ? v : o.Sum(l => l.Row.ValueUsd)),
                Months(year.Select(l => l.Row)))
            {
                Shortfalls = shortfalls,
                WorldLacks = worldLacks,
                ShareMonths = months,
                ThroughMonth = cut?.ThroughMonth,
                WorldThroughUsd = cut?.WorldUsd,
            };
            var filesEnd = FilesEndPercent(originLines, byOriginYear, g.Key, MonthMasks.LastMonth(mask));
            return (Market: market with { FilesEndPercent = filesEnd, LapsedPercent = comparable ? null : filesEnd }, Cut: cut);
        }).ToList();
        var markets = years.Select(y => y.Market).ToList();
        // No shares where the origins' sum is only what is left of them (LapsedPercent).
        var basis = markets.ToDictionary(m => m.Year, m => m.LapsedPercent is null ? m.BasisUsd : 0m);
        var shareOn = years.SelectMany(y => y.Cut?.Origins.Select(o => (Key: (o.Key, y.Market.Year), On: o.Value)) ?? [])
            .ToDictionary(o => o.Key, o => o.On);
        // The world figure is the market (Markets), not an origin.
        var origins = lines.Where(l => !l.Origin.IsWorld).GroupBy(l => l.Origin)
            .Select(g => g.GroupBy(l => l.Row.Year).OrderBy(y => y.Key)
                .Select(y => YearOf(g.Key, y.Key, [.. y.Select(l => l.Row)], basis[y.Key], shareOn.GetValueOrDefault((g.Key, y.Key)))).ToList())
            .OrderByDescending(o => o.LastOrDefault(y => y.Year == last)?.ValueUsd ?? 0m)
            .ThenByDescending(o => o.Sum(y => y.ValueUsd))
            .ThenBy(o => o[0].Origin.Code)
            .ToList();
        var listed = origins.Take(request.Top).ToList();
        var rest = origins.Skip(request.Top).Select(o => o[0].Origin).ToHashSet();
        var world = CountryCatalog.Default.FromCode(0);
        var others = lines.Where(l => rest.Contains(l.Origin)).GroupBy(l => l.Row.Year).OrderBy(g => g.Key)
            .Select(g => YearOf(world, g.Key, [.. g.Select(l => l.Row)], basis[g.Key], SummedShareOn(g, shareOn)))
            .ToList();
        return new SuppliersAnswer(importer, request.Product, bySource.Key, markets, [.. listed], others, rest.Count)
        {
            // The product asked names a commodity without its classification; the stored lines carry it (FAO).
            ProductExactHs = ProductNames.ExactHs(lines[0].Row.Product),
            Releases = PublishedReleases.OfLines(_store.Releases(), lines.Select(l => l.Row)),
        };
    }

    // The importer's imports as a line gives them: its own import lines (origin: the partner), or a reconciled
    // dataset's exports to it (origin: the exporter); anything else (its exports) is not an import.
    private static (Country Origin, ProductYear Row)? Imported(ProductYear row, Country importer) =>
        row.Reporter == importer && row.Flow == Flow.Import && !row.Source.IsReconciled() ? (row.Partner, row)
        : row.Partner == importer && row.Flow == Flow.Export && row.Source.IsReconciled() ? (row.Reporter, row)
        : null;

    // The origins summed as others: over the market's months where any of them runs past them.
    private static SupplierShareOn? SummedShareOn(IGrouping<int, (Country Origin, ProductYear Row)> year, Dictionary<(Country Origin, int Year), SupplierShareOn> shareOn)
    {
        var byOrigin = year.GroupBy(l => l.Origin).Select(o => (Value: o.Sum(l => l.Row.ValueUsd), On: shareOn.GetValueOrDefault((o.Key, year.Key)))).ToList();
        if (byOrigin.Find(o => o.On is not null).On is not { } any)
        {
            return null;
        }

        return new SupplierShareOn(any.ThroughMonth, byOrigin.Exists(o => o.On is { ValueUsd: null }) ? null : byOrigin.Sum(o => o.On?.ValueUsd ?? o.Value));
    }

    // The share of the year before's origins' sum whose origins have no line this year because their files end before
    // it (FilesReach: not because their trade stopped, as Australia's coal in 2021), where that is 5 % of it or more: the
    // rest is then no market to share of, and no measure of a world figure's coverage. Null below.
    private static decimal? FilesEndPercent(List<(Country Origin, ProductYear Row)> originLines, Dictionary<(Country Origin, int Year), List<ProductYear>> byOriginYear, int year, int lastMonth)
    {
        const decimal AtLeastPercent = 5m;
        var before = byOriginYear.Where(e => e.Key.Year == year - 1).ToList();
        var sum = before.Sum(e => e.Value.Sum(r => r.ValueUsd));
        if (sum <= 0m || lastMonth == 0)
        {
            return null;
        }

        var ended = FilesReach.Ended(originLines, year - 1, year, lastMonth);
        var percent = before.Where(e => ended.ContainsKey(e.Key.Origin)).Sum(e => e.Value.Sum(r => r.ValueUsd)) / sum * 100m;
        return percent >= AtLeastPercent ? percent : null;
    }

    private static SupplierYear YearOf(Country origin, int year, List<ProductYear> rows, decimal basis, SupplierShareOn? shareOn)
    {
        var value = rows.Sum(r => r.ValueUsd);
        // Weights come in kilograms and are shown in tonnes; any other unit stays its own entry, never added to another.
        var quantities = rows.Where(r => r.Unit is not null).GroupBy(r => r.Unit!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SupplierQuantity(
                g.Key == Quantity.KilogramUnit ? "t" : g.Key,
                g.Sum(r => r.Quantity ?? 0d) / (g.Key == Quantity.KilogramUnit ? Quantity.KilogramsPerTonne : 1d),
                g.Sum(r => r.QuantifiedUsd),
                g.Sum(r => r.ZeroQuantityLines)))
            .ToList();
        var shared = shareOn is null ? value : shareOn.ValueUsd;
        return new SupplierYear(origin, year, value, basis > 0m && shared is { } s ? s / basis * 100m : null, quantities, value - quantities.Sum(q => q.QuantifiedUsd), Months(rows))
        {
            ShareOn = shareOn,
        };
    }

    // Per year, the products inside a chapter or heading asked that origins have lines of and no world line covers (a
    // world line of a coarser product covers those inside it): read at the finest level, one query.
    private Dictionary<int, IReadOnlyList<Product>> WorldLacks(Country importer, SuppliersRequest request, SourceKind source, int first, int last)
    {
        if (request.Product.IsCommodity || request.Product.Digits >= 6)
        {
            return [];
        }

        var rows = _store.SupplierYears(importer, request.Product, request.AsOf, levelDigits: 6)
            .Select(r => Imported(r, importer))
            .OfType<(Country Origin, ProductYear Row)>()
            .Where(l => l.Row.Source == source && l.Row.Year >= first && l.Row.Year <= last)
            .ToList();
        return rows.GroupBy(l => l.Row.Year).ToDictionary(g => g.Key, g =>
        {
            var world = g.Where(l => l.Origin.IsWorld).Select(l => l.Row.Product).Distinct().ToList();
            return (IReadOnlyList<Product>)[.. g.Where(l => !l.Origin.IsWorld).Select(l => l.Row.Product).Distinct()
                .Where(p => !world.Exists(w => ProductNesting.Inside(p, w))).OrderBy(p => p.Code)];
        });
    }

    // The Wind export of China's crude imports stops some origins' series in 2021 or mid-2022: their absence, not a
    // revision, is why 2022's origins add up to 89 % of the world figure.
    private static List<SupplierShortfall> Shortfalls(Dictionary<(Country Origin, int Year), List<ProductYear>> byOriginYear, int year, int months) =>
        [.. byOriginYear.Where(e => e.Key.Year == year - 1)
            .Select(e => (e.Key.Origin, Before: e.Value.Sum(r => r.ValueUsd), Now: byOriginYear.TryGetValue((e.Key.Origin, year), out var now) ? Months(now) : 0))
            .Where(o => o.Now < months && o.Before > 0m)
            .OrderByDescending(o => o.Before)
            .ThenBy(o => o.Origin.Code)
            .Select(o => new SupplierShortfall(o.Origin, o.Now, o.Before))];

    private static int Months(IEnumerable<ProductYear> rows) => BitOperations.PopCount((uint)MonthMasks.Of(rows));
}
