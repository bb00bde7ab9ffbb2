using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// Splits a pair's change in value into volume and unit value (<c>turnover decompose</c>): per product from the first
/// year to the last, and in aggregate as Laspeyres, Paasche and Fisher indices chain-linked year by year over the
/// products comparable in each link.
/// </summary>
public sealed class DecomposeQuery
{
    private readonly ITradeStore _store;

    /// <param name="store">The store to read (read-only is enough).</param>
    public DecomposeQuery(ITradeStore store) => _store = store;

    /// <summary>Reads the pair's product lines on one source and reporter (as <c>products</c> chooses) and decomposes.</summary>
    /// <returns>
    /// The answer; <see cref="FailureKind.BadInput"/> for a first year after the last, a product that is the
    /// all-goods total or a Top below 1, <see cref="FailureKind.NoData"/> when no line of the pair (inside the product) is stored or
    /// a year of the range has none.
    /// </returns>
    public Outcome<DecomposeAnswer> Run(DecomposeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if ((request.Top is { } top ? ProductQuestion.Refusal(request.Years, top) : ProductQuestion.Refusal(request.Years)) is { } refusal)
        {
            return refusal;
        }

        if (request.Within is { IsTotal: true })
        {
            return Failure.Because(FailureKind.BadInput, new ProductCodeRequired(ProductQuestionKind.Decompose));
        }

        var (a, b) = (request.A, request.B);
        if (a == b)
        {
            return Failure.Because(FailureKind.BadInput, new SameCountryTwice(a));
        }

        // A commodity keeps its own level whatever the level asked; only an HS product narrows the level.
        var digits = request.Within is { IsCommodity: false } hs ? Math.Max((int)request.Level, hs.Digits) : (int)request.Level;
        var rows = _store.ProductYears(a, b, digits, request.AsOf).Where(r => Inside(r.Product, request.Within)).ToList();
        if (ProductViews.Fullest(rows, a, b) is not { } view)
        {
            return Failure.Because(FailureKind.NoData, new NoProductLines(a, b) { Within = request.Within });
        }

        var years = view.Lines.GroupBy(l => l.Row.Year).ToDictionary(g => g.Key, g => g.ToList());
        var latestWhole = ProductViews.LatestWholeYear(view);
        var (first, last) = request.Years switch
        {
            { From: { } f, To: { } t } when f != t => (f, t),
            { To: { } t } => (t - 1, t),
            { From: { } f } => (f, latestWhole),
            _ => (latestWhole - 1, latestWhole),
        };
        if (first >= last)
        {
            return Failure.Because(FailureKind.BadInput, new DecomposeYearsOutOfOrder(first, last));
        }

        var missing = Enumerable.Range(first, last - first + 1).Where(y => !years.ContainsKey(y)).ToList();
        if (missing.Count > 0)
        {
            return Failure.Because(FailureKind.NoData, new NoProductLinesInYears(a, b, missing, view.Source, [.. years.Keys.Order()]));
        }

        // A year in progress is compared with the same months of its base (the product table's first year and the
        // last link's): lines cut to the month it reaches, where every line of that base can be cut.
        var cut = SameMonths.Cut(_store, view, MonthMasks.Of(years[last]), MonthMasks.Of(years[first]) | MonthMasks.Of(years[last - 1]), digits, request.AsOf);
        var (firstLines, priorLines) = (cut?.GetValueOrDefault(first), cut?.GetValueOrDefault(last - 1));
        var through = firstLines is not null && priorLines is not null ? MonthMasks.LastMonth(MonthMasks.Of(years[last])) : (int?)null;
        var links = Enumerable.Range(first, last - first)
            .Select(y => Link(through is not null && y == last - 1 ? priorLines! : years[y], years[y + 1], y)).ToList();
        var ended = FilesReach.Ended(view, first, last, MonthMasks.LastMonth(MonthMasks.Of(years[last]))).Keys.ToHashSet();
        var products = Changes(through is not null ? firstLines! : years[first], years[last], ended)
            .OrderByDescending(c => c.Usd).ThenByDescending(c => c.BaseUsd).ThenBy(c => c.Flow).ThenBy(c => c.Product.Digits).ThenBy(c => c.Product.Code).ThenBy(c => c.Product.Name, StringComparer.Ordinal).ThenBy(c => c.Unit, StringComparer.Ordinal)
            .ToList();
        return new DecomposeAnswer(view.Reporter, view.Partner, view.Source, request.Level, request.Within, first, last, products, links)
        {
            Largest = request.Top is { } n ? LargestChanges.Of(products, n) : null,
            ThroughMonth = through,
            Releases = PublishedReleases.OfLines(_store.Releases(), Enumerable.Range(first, last - first + 1).SelectMany(y => years[y]).Concat(firstLines ?? []).Concat(priorLines ?? []).Select(l => l.Row)),
        };
    }

    private static bool Inside(Product line, Product? within)
    {
        if (within is not { } w)
        {
            return true;
        }

        if (w.IsCommodity || line.IsCommodity)
        {
            // A commodity is known by its name (its code is a store's number); it is never inside an HS line.
            return w.IsCommodity && line.IsCommodity && string.Equals(line.Name, w.Name, StringComparison.Ordinal);
        }

        var finer = line.Digits - w.Digits;
        return finer >= 0 && line.Code / (int)Math.Pow(10, finer) == w.Code;
    }

    // A link's indices over the products comparable in its two years; the value not in them is stated, not spread.
    private static IndexLink Link(List<ProductLine> before, List<ProductLine> after, int year)
    {
        var comparable = Changes(before, after).Where(c => c.Comparability == Comparability.Comparable).ToList();
        var baseUsd = before.Sum(l => l.Row.ValueUsd);
        var usd = after.Sum(l => l.Row.ValueUsd);
        if (comparable.Count == 0)
        {
            return new IndexLink(year, year + 1, baseUsd, usd, 0m, 0m, null, null);
        }

        // With v the value and r the quantity ratio q1/q0: Σp0q1 = Σv0·r, Σp1q0 = Σv1/r.
        double v0 = 0, v1 = 0, v0r = 0, v1OverR = 0;
        foreach (var c in comparable)
        {
            var r = c.Quantity!.Value / c.BaseQuantity!.Value;
            v0 += (double)c.BaseQuantifiedUsd;
            v1 += (double)c.QuantifiedUsd;
            v0r += (double)c.BaseQuantifiedUsd * r;
            v1OverR += (double)c.QuantifiedUsd / r;
        }

        var volume = new IndexNumbers(v0r / v0, v1 / v1OverR);
        var price = new IndexNumbers(v1OverR / v0, v1 / v0r);
        return new IndexLink(year, year + 1, baseUsd, usd, comparable.Sum(c => c.BaseQuantifiedUsd), comparable.Sum(c => c.QuantifiedUsd), volume, price);
    }

    // One entry per flow, product and unit (lines without a quantity are their own entry) across the two years; a
    // product whose every unit is in one year only (a quantity in one year, none or another unit in the other) is one
    // entry, its value compared and its volume not: two rows of one product, one "vanished" and one "new", would say
    // its trade stopped.
    private static IEnumerable<PriceVolumeChange> Changes(List<ProductLine> before, List<ProductLine> after, HashSet<Product>? ended = null)
    {
        var (earlier, later) = (before.ToLookup(Key, l => l.Row), after.ToLookup(Key, l => l.Row));
        var switched = before.Concat(after).Select(Key).Distinct()
            .GroupBy(k => (k.Flow, k.Product))
            .Where(g => g.Count() > 1 && g.All(k => !earlier[k].Any() || !later[k].Any()))
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (product, keys) in switched)
        {
            var (x, y) = (keys.SelectMany(k => earlier[k]).ToList(), keys.SelectMany(k => later[k]).ToList());
            yield return new PriceVolumeChange(product.Flow, product.Product, null, x.Sum(r => r.ValueUsd), y.Sum(r => r.ValueUsd), null, null, 0m, 0m, Comparability.UnitsDiffer);
        }

        foreach (var key in before.Concat(after).Select(Key).Distinct().Where(k => !switched.ContainsKey((k.Flow, k.Product))))
        {
            var (x, y) = (earlier[key].ToList(), later[key].ToList());
            var tonnes = key.Unit == Core.Quantity.KilogramUnit;
            double? Amount(List<ProductYear> rows) => key.Unit is null || rows.Count == 0 ? null : rows.Sum(r => r.Quantity ?? 0d) / (tonnes ? Core.Quantity.KilogramsPerTonne : 1d);
            var (q0, q1) = (Amount(x), Amount(y));
            var (qv0, qv1) = (x.Sum(r => r.QuantifiedUsd), y.Sum(r => r.QuantifiedUsd));
            var comparability =
                ended?.Contains(key.Product) == true ? Comparability.FilesEnd // no line of it in the last year at all (FilesReach)
                : key.Unit is null ? Comparability.NoQuantity
                : x.Count == 0 || y.Count == 0 ? Comparability.OneYearOnly
                : q0 is not > 0d || q1 is not > 0d || qv0 <= 0m || qv1 <= 0m ? Comparability.ZeroQuantity
                : MonthMasks.LastMonth(MonthMasks.Of(x)) != MonthMasks.LastMonth(MonthMasks.Of(y)) ? Comparability.MonthsDiffer
                : Comparability.Comparable;
            yield return new PriceVolumeChange(
                key.Flow, key.Product, tonnes ? "t" : key.Unit, x.Sum(r => r.ValueUsd), y.Sum(r => r.ValueUsd), q0, q1, qv0, qv1, comparability);
        }

        static (Flow Flow, Product Product, string? Unit) Key(ProductLine l) => (l.Flow, l.Row.Product, l.Row.Unit);
    }
}
