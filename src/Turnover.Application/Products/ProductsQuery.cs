using System.Numerics;
using Turnover.Analytics.Targets;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>What a pair trades by product: values, shares, change and contribution to growth (<c>turnover products</c>).</summary>
public sealed class ProductsQuery
{
    private readonly ITradeStore _store;

    /// <param name="store">The store to read (read-only is enough).</param>
    public ProductsQuery(ITradeStore store) => _store = store;

    /// <summary>
    /// Reads the pair's product lines, picks one source and reporter (the one with the most lines; a reconciled
    /// dataset such as BACI gives both directions from the first country's side), and compares two years.
    /// </summary>
    /// <returns>
    /// The answer; <see cref="FailureKind.BadInput"/> for a first year after the last or a Top below 1,
    /// <see cref="FailureKind.NoData"/> when no product line of the pair (or of the year) is stored.
    /// </returns>
    public Outcome<ProductsAnswer> Run(ProductsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ProductQuestion.Refusal(request.Years, request.Top) is { } refusal)
        {
            return refusal;
        }

        var (a, b) = (request.A, request.B);
        if (a == b)
        {
            return Failure.Because(FailureKind.BadInput, new SameCountryTwice(a));
        }

        if (request.Reporter is { } asked && asked != a && asked != b)
        {
            return Failure.Because(FailureKind.BadInput, new ReporterNotOfPair(asked, a, b));
        }

        var rows = _store.ProductYears(a, b, (int)request.Level, request.AsOf);
        var all = ProductViews.Of(rows, a, b);
        if (all.Count == 0)
        {
            return Failure.Because(FailureKind.NoData, new NoProductLines(a, b));
        }

        if (ProductViews.Fullest(ProductViews.AsAsked(all, rows, a, b, request.Reporter, request.Source, request.Flow), a) is not { } view)
        {
            return Failure.Because(FailureKind.NoData, new NoProductLinesAsAsked(a, b, request.Reporter, request.Source, request.Flow,
                [.. all.Select(v => new StoredStatistics(v.Reporter, v.Source, v.Source.IsReconciled()))]));
        }

        var years = view.Lines.GroupBy(l => l.Row.Year).ToDictionary(g => g.Key, g => g.ToList());
        var masks = years.ToDictionary(y => y.Key, y => MonthMasks.Of(y.Value));
        var (baseYear, shownYear) = request.Years switch
        {
            { From: { } f, To: { } t } when f != t => (f, t),
            { To: { } t } => (t - 1, t),
            { From: { } f } => (f, masks.Keys.Max()),
            _ when ProductViews.LatestWholeYear(view) is var whole => (whole - 1, whole),
        };
        if (!years.TryGetValue(shownYear, out var shownLines))
        {
            return Failure.Because(FailureKind.NoData, new NoProductLinesInYears(a, b, [shownYear], view.Source, [.. years.Keys.Order()]));
        }

        var baseLines = years.GetValueOrDefault(baseYear);
        decimal? baseWhole = null;
        if (baseLines is not null
            && SameMonths.Cut(_store, view, masks[shownYear], masks[baseYear], (int)request.Level, request.AsOf) is { } cut
            && cut.GetValueOrDefault(baseYear) is { } cutBase)
        {
            baseWhole = baseLines.Sum(l => l.Row.ValueUsd);
            baseLines = cutBase;
            masks[baseYear] = MonthMasks.Of(cutBase);
        }

        var totals = Totals(view, request.AsOf);
        var shown = YearOf(shownYear, shownLines, totals, masks[shownYear]);
        var baseFigures = baseLines is null ? null : YearOf(baseYear, baseLines, totals, masks[baseYear]);
        var ofTotal = shown is { TotalUsd: not null, Months: 12 } && (baseFigures is null || baseFigures is { TotalUsd: not null, Months: 12 });
        var shownBasis = ofTotal ? shown.TotalUsd!.Value : shown.LinesUsd;
        decimal? baseBasis = baseFigures is null ? null : ofTotal ? baseFigures.TotalUsd!.Value : baseFigures.LinesUsd;
        // The finest lines, through the year shown's last month where it is in progress (as the lines compared are).
        var throughMonth = masks[shownYear] == MonthMasks.WholeYear ? (int?)null : MonthMasks.LastMonth(masks[shownYear]);
        var finest = baseLines is null ? null : request.Level == ProductLevel.Product ? view : Finest(view, request.AsOf, throughMonth);
        var ended = finest is null ? [] : FilesReach.Ended(finest, baseYear, shownYear, MonthMasks.LastMonth(masks[shownYear]));
        var unequal = finest is null || request.Level == ProductLevel.Product ? [] : UnequalLines(finest, baseYear, shownYear);
        var products = shownLines.Concat(baseLines ?? []).Select(l => l.Row.Product).Distinct()
            .Select(p => Change(p, Sum(baseLines, p), Sum(shownLines, p)!.Value, shownBasis, baseBasis, baseFigures is not null) with
            {
                LastMonth = LastMonth(shownLines, p),
                BaseLastMonth = LastMonth(baseLines, p),
            })
            .Select(c => c.LastMonth is null && ended.TryGetValue(c.Product, out var end)
                ? c with { ChangePercent = null, ContributionPoints = null, FilesEnd = end }
                : c with
                {
                    EndedInside = [.. ended.Where(e => ProductNesting.Inside(e.Key, c.Product)).OrderBy(e => e.Key.Code).Select(e => new EndedLine(e.Key, e.Value))],
                    UnequalInside = c.LastMonth is { } last && last == c.BaseLastMonth ? [.. unequal.Where(u => ProductNesting.Inside(u.Product, c.Product))] : [],
                })
            .OrderByDescending(c => c.Usd).ThenBy(c => c.Product.Digits).ThenBy(c => c.Product.Code).ThenBy(c => c.Product.Name, StringComparer.Ordinal)
            .ToList();
        var withBase = baseFigures is null ? [] : products;
        return new ProductsAnswer(view.Reporter, view.Partner, view.Source, request.Level, baseFigures, shown, ofTotal, products)
        {
            Risers = [.. withBase.Where(c => c.Usd > c.BaseUsd).OrderByDescending(c => c.Usd - c.BaseUsd).Take(request.Top)],
            Fallers = [.. withBase.Where(c => c.Usd < c.BaseUsd && c.FilesEnd is null).OrderBy(c => c.Usd - c.BaseUsd).Take(request.Top)],
            Breakdown = request.By is { } by ? BreakdownOf(view, shownYear, (int)request.Level, by, request.AsOf) : null,
            BaseWholeYearUsd = baseWhole,
            Releases = PublishedReleases.OfLines(_store.Releases(), shownLines.Concat(baseLines ?? []).Select(l => l.Row)),
        };

        static decimal? Sum(List<ProductLine>? lines, Product p) => lines?.Where(l => l.Row.Product == p).Sum(l => l.Row.ValueUsd) ?? 0m;

        static int? LastMonth(List<ProductLine>? lines, Product p) =>
            lines?.Where(l => l.Row.Product == p).ToList() is { Count: > 0 } of ? MonthMasks.LastMonth(MonthMasks.Of(of)) : null;
    }

    // The finest lines (Finest) whose last months differ between the two years, by code.
    private static List<UnequalLine> UnequalLines(ProductView finest, int baseYear, int shownYear)
    {
        var last = finest.Lines.Where(l => l.Row.Year == shownYear || l.Row.Year == baseYear)
            .GroupBy(l => (l.Row.Product, l.Row.Year))
            .ToDictionary(g => g.Key, g => MonthMasks.LastMonth(MonthMasks.Of(g)));
        return [.. last.Keys.Where(k => k.Year == shownYear)
            .Select(k => (k.Product, Last: last[k], BaseLast: last.TryGetValue((k.Product, baseYear), out var b) ? b : (int?)null))
            .Where(u => u.BaseLast is { } baseLast && u.Last != baseLast)
            .OrderBy(u => u.Product.Code)
            .Select(u => new UnequalLine(u.Product, u.Last, u.BaseLast!.Value))];
    }

    // The view's lines at the finest level stored (HS 6 digits; a line stored coarser keeps its own), for the lines
    // inside a chapter or heading whose files end or whose months differ; null where the source gives none.
    private ProductView? Finest(ProductView view, DateOnly? asOf, int? throughMonth = null)
    {
        var flows = view.Lines.Select(l => l.Flow).ToHashSet();
        var rows = _store.ProductYears(view.Reporter, view.Partner, (int)ProductLevel.Product, asOf, throughMonth);
        return ProductViews.Of(rows, view.Reporter, view.Partner).FirstOrDefault(v => v.Source == view.Source && v.Reporter == view.Reporter) is { } finest
            ? finest with { Lines = [.. finest.Lines.Where(l => flows.Contains(l.Flow))] }
            : null;
    }

    // The parts of the view's annual totals of the year, at the level asked or of all goods, by one dimension alone:
    // a part broken down by several dimensions overlaps the single-dimension parts, so listing it would count twice.
    private ProductBreakdown BreakdownOf(ProductView view, int year, int digits, BreakdownDimension by, DateOnly? asOf)
    {
        var parts = _store.Breakdowns(view.Reporter, view.Partner, asOf)
            .Where(p => p.Source == view.Source && p.Reporter == view.Reporter && p.Partner == view.Partner && p.Period == Period.OfYear(year)
                        && (p.Product.IsTotal || p.Product.Digits == digits))
            .ToList();
        var alone = parts.Where(p => p.Breakdown.Dimensions is [var only] && only == by).ToList();
        var groups = alone
            .GroupBy(p => (p.Flow, p.Product))
            .Select(g => new BreakdownGroup(
                g.Key.Flow,
                g.Key.Product,
                g.First().TotalUsd,
                [.. g.OrderByDescending(p => p.ValueUsd).ThenBy(p => p.Breakdown.Of(by).Code, StringComparer.Ordinal)
                    .Select(p => new BreakdownPart(p.Breakdown.Of(by), p.ValueUsd, p.TotalUsd is > 0m and { } total ? p.ValueUsd / total * 100m : null))]))
            .OrderBy(g => g.Flow).ThenBy(g => g.Product.Digits).ThenBy(g => g.Product.Code)
            .ToList();
        return new ProductBreakdown(by, year, groups) { OtherParts = parts.Count - alone.Count };
    }

    private static ProductChange Change(Product product, decimal? baseUsd, decimal usd, decimal shownBasis, decimal? baseBasis, bool hasBase)
    {
        var before = baseUsd ?? 0m;
        return new ProductChange(
            product,
            before,
            usd,
            shownBasis > 0m ? usd / shownBasis * 100m : null,
            hasBase && before > 0m ? (usd / before - 1m) * 100m : null,
            hasBase && baseBasis is > 0m and { } basis ? (usd - before) / basis * 100m : null);
    }

    // A year's total stands beside its lines only when the lines cover all twelve months: eleven months of crude oil
    // against a whole year's turnover would understate what they cover.
    private static ProductsYear YearOf(int year, List<ProductLine> lines, IReadOnlyDictionary<int, decimal> totals, int mask) => new(
        year,
        lines.Sum(l => l.Row.ValueUsd),
        mask == MonthMasks.WholeYear && totals.TryGetValue(year, out var total) ? total : null,
        BitOperations.PopCount((uint)mask),
        [.. lines.Select(l => l.Flow).Distinct().Order()])
    {
        ThroughMonth = mask == MonthMasks.WholeYear ? null : MonthMasks.LastMonth(mask),
    };

    // The all-goods turnover the same source and reporter give by year (published, or summed as series sums it).
    private Dictionary<int, decimal> Totals(ProductView view, DateOnly? asOf)
    {
        var series = _store.ReadSeries(new SeriesRequest(view.Reporter, view.Partner, view.Source, Granularity.Year, asOf));
        return series.Values
            .Where(v => v.Period.Granularity == Granularity.Year && v.TurnoverUsd is not null)
            .ToDictionary(v => v.Period.Year, v => v.TurnoverUsd!.Value);
    }
}
