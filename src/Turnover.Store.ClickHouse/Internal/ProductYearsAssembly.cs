using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse.Internal;

/// <summary>
/// The DuckDB store's product_years.sql in C#, over the visible product lines the server picked (one pair, or one
/// importer's lines and the reconciled sources' exports to it): every step keeps that file's name and rule
/// (roots, chosen, periods), so the two can be read side by side and must answer alike. A commodity line (digits 7, a
/// classification of its own such as FAO's) keeps its own level and name: never inside an HS line, never summed to a
/// chapter or heading.
/// </summary>
internal static class ProductYearsAssembly
{
    /// <summary>
    /// A visible product line: its source, key (packed and decoded), value, quantity, quantity unit's name (null: none),
    /// classification's id (the detail's bits; for a commodity line, the name of its classification), release, and every
    /// release holding a revision of it visible on the date.
    /// </summary>
    public sealed record Line(SourceKind Source, long PackedKey, decimal ValueUsd, double? Quantity, string? Unit, int ClassificationId, int ReleaseId, IReadOnlyList<int> HeldBy)
    {
        // The months of its year the line covers, bit 0 = January.
        public int MonthMask => ((1 << Key.Period.Months) - 1) << (Key.Period.StartMonth - 1);

        public KeyFields Key { get; } = KeyFields.Of(PackedKey);

        // The key of the line's total: its source's reporter, partner, flow and period (product_years.sql's total_key).
        public long Total => PackedKey >> RecordKey.ProductBits;
    }

    /// <param name="lines">The visible lines.</param>
    /// <param name="within">A product the lines must lie inside (code and digits); null: every line.</param>
    /// <param name="levelDigits">The level the lines are summed to (2, 4 or 6).</param>
    /// <param name="names">The names of the commodities and classifications by id (only read for commodity lines).</param>
    /// <param name="throughMonth">Each year's January to this month only (product_years.sql's $10); null: whole years.</param>
    public static List<ProductYear> Assemble(IReadOnlyList<Line> lines, (int Code, int Digits)? within, int levelDigits, CommodityNames names, int? throughMonth = null)
    {
        var countries = CountryCatalog.Default;
        // The coarser lines a finer one may lie inside: HS chapters and headings of the same total.
        var parents = lines.Where(l => l.Key.ProductDigits is 2 or 4)
            .Select(l => (l.Source, l.Total, l.Key.ProductDigits, l.Key.ProductCode)).ToHashSet();
        var roots = lines.Where(l =>
        {
            var (code, digits) = (l.Key.ProductCode, l.Key.ProductDigits);
            var total = l.Total;
            var insideChapter = digits is 4 or 6 && parents.Contains((l.Source, total, 2, code / Pow10(digits - 2)));
            var insideHeading = digits == 6 && parents.Contains((l.Source, total, 4, code / 100));
            return !insideChapter && !insideHeading
                   && (within is not { } w
                       || (w.Digits == Product.CommodityDigits && digits == Product.CommodityDigits && code == w.Code)
                       || (w.Digits < Product.CommodityDigits && digits >= w.Digits && digits <= 6 && code / Pow10(digits - w.Digits) == w.Code));
        }).ToList();

        // Per line and year, which periods count: the annual figure where one is stored, else the shortest periods;
        // through a month, the shortest periods that end by it, else the annual figure (whole: it cannot be cut).
        var periods = roots
            .GroupBy(l => (l.Source, l.Key.Reporter, l.Key.Partner, l.Key.Flow, l.Key.Period.Year, l.Key.ProductCode, l.Key.ProductDigits))
            .SelectMany(g =>
            {
                var cut = throughMonth is { } m ? g.Where(l => l.Key.Period.Months < 12 && l.Key.Period.StartMonth + l.Key.Period.Months - 1 <= m).ToList() : [];
                var months = cut.Count > 0 ? cut.Min(l => l.Key.Period.Months)
                    : g.Any(l => l.Key.Period.Months == 12) ? 12
                    : g.Min(l => l.Key.Period.Months);
                return g.Where(l => l.Key.Period.Months == months
                                    && (throughMonth is not { } end || months == 12 || l.Key.Period.StartMonth + months - 1 <= end));
            });

        int Code(Line l) => l.Key.ProductDigits is > 0 and < Product.CommodityDigits && l.Key.ProductDigits > levelDigits
            ? l.Key.ProductCode / Pow10(l.Key.ProductDigits - levelDigits) : l.Key.ProductCode;
        int Digits(Line l) => l.Key.ProductDigits == Product.CommodityDigits ? Product.CommodityDigits : Math.Min(l.Key.ProductDigits, levelDigits);

        // Every release holding a product's lines in a year, with its months, whichever periods count (held_months).
        var heldBy = roots
            .GroupBy(l => (l.Source, l.Key.Reporter, l.Key.Partner, l.Key.Flow, l.Key.Period.Year, Code(l), Digits(l)))
            .ToDictionary(g => g.Key, g => ReleaseHoldings.Of(g.SelectMany(l => l.HeldBy.Select(id => new ReleaseMonths(id, l.MonthMask)))));

        return [.. periods
            .GroupBy(l => (l.Source, l.Key.Reporter, l.Key.Partner, l.Key.Flow, l.Key.Period.Year,
                Code: Code(l),
                Digits: Digits(l),
                Classification: l.Key.ProductDigits == Product.CommodityDigits ? names.Classification(l.ClassificationId) : null,
                l.Unit))
            .OrderBy(g => SourceCatalog.Of(g.Key.Source).Code, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Reporter).ThenBy(g => g.Key.Partner).ThenBy(g => (int)g.Key.Flow).ThenBy(g => g.Key.Year)
            .ThenBy(g => g.Key.Digits).ThenBy(g => g.Key.Code).ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
            .Select(g =>
            {
                var quantified = g.Where(l => l.Unit is not null).ToList();
                return new ProductYear(
                    g.Key.Source, countries.FromCode(g.Key.Reporter), countries.FromCode(g.Key.Partner), g.Key.Flow, g.Key.Year,
                    g.Key.Digits == Product.CommodityDigits
                        ? Product.Commodity(names.Commodity(g.Key.Code), g.Key.Classification, g.Key.Code)
                        : Product.Hs(g.Key.Code, g.Key.Digits, null),
                    g.Key.Unit,
                    g.Sum(l => l.ValueUsd),
                    quantified.Any(l => l.Quantity is not null) ? quantified.Sum(l => l.Quantity ?? 0) : null,
                    quantified.Where(l => l.Quantity > 0).Sum(l => l.ValueUsd),
                    g.LongCount(),
                    quantified.LongCount(l => l.Quantity == 0 && l.ValueUsd > 0),
                    g.Aggregate(0, (mask, l) => mask | l.MonthMask))
                {
                    Releases = ReleaseIds.Of(g.Select(l => l.ReleaseId)),
                    HeldBy = heldBy[(g.Key.Source, g.Key.Reporter, g.Key.Partner, g.Key.Flow, g.Key.Year, g.Key.Code, g.Key.Digits)],
                };
            })];
    }

    private static int Pow10(int exponent)
    {
        var value = 1;
        for (var i = 0; i < exponent; i++)
        {
            value *= 10;
        }

        return value;
    }

    /// <summary>The names product_years.sql joins for a commodity line: its commodity's (commodities) and its classification's.</summary>
    public sealed class CommodityNames(IReadOnlyDictionary<int, string> commodities, IReadOnlyDictionary<int, string> classifications)
    {
        public static CommodityNames None { get; } = new(new Dictionary<int, string>(), new Dictionary<int, string>());

        // Every stored commodity line's id is in the table: its name is written before its release is published.
        public string Commodity(int id) => commodities[id];

        public string? Classification(int id) => classifications.GetValueOrDefault(id);
    }
}
