using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    /// <summary>
    /// A pair's product lines in both directions, per source, reporter, flow, year and product at a level, as visible on
    /// a date (Sql/product_years.sql: no line counted twice, the annual figure before months).
    /// </summary>
    /// <param name="a">One country.</param>
    /// <param name="b">The other.</param>
    /// <param name="levelDigits">2 (chapters), 4 (headings) or 6 (products).</param>
    /// <param name="asOf">Only what was public by this date; null for everything stored.</param>
    /// <param name="throughMonth">Each year's January to this month only (see <see cref="ITradeStore.ProductYears"/>); null: whole years.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is not 2, 4 or 6, or the month not 1–12.</exception>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<ProductYear> ProductYears(Country a, Country b, int levelDigits, DateOnly? asOf = null, int? throughMonth = null)
    {
        RequireLevel(levelDigits);
        RequireMonth(throughMonth);
        var (lo1, hi1) = PairRange(a.Code, b.Code);
        var (lo2, hi2) = a == b ? (1L, 0L) : PairRange(b.Code, a.Code);
        return Reading(() => ReadProductYears(asOf, lo1, hi1, lo2, hi2, null, null, levelDigits, levelDigits, throughMonth));
    }

    /// <summary>
    /// An importer's product lines inside one product from every origin (and the world), summed to the product, per
    /// source, origin, flow and year: the importer's own statistics, plus the reconciled sources' (BACI's) exports to
    /// it, which are its imports as that dataset gives them.
    /// </summary>
    /// <param name="importer">The importing country.</param>
    /// <param name="product">An HS chapter, heading or product, whose finer lines are summed to it; or a commodity (by name).</param>
    /// <param name="asOf">Only what was public by this date; null for everything stored.</param>
    /// <param name="levelDigits">The level an HS product's lines are summed to; null: the product's own.</param>
    /// <param name="throughMonth">Each year's periods that end by this month only (as <see cref="ProductYears"/>); null: whole years.</param>
    /// <exception cref="ArgumentException">The product is the all-goods total.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level is not 2, 4 or 6, or coarser than the product, or the month not 1–12.</exception>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<ProductYear> SupplierYears(Country importer, Product product, DateOnly? asOf = null, int? levelDigits = null, int? throughMonth = null)
    {
        if (product.IsTotal)
        {
            throw new ArgumentException("The product should be an HS code or a commodity, not the all-goods total.", nameof(product));
        }

        var level = SupplierLevel(product, levelDigits);
        RequireMonth(throughMonth);

        var code = product.Code;
        if (product.IsCommodity)
        {
            // A commodity is asked for by name; its code is this store's number for the name (none: nothing stored).
            var id = Reading(() => Scalar<short?>("SELECT id FROM commodities WHERE name = ?", product.Name));
            if (id is null)
            {
                return [];
            }

            code = id.Value;
        }

        var lo = (long)importer.Code << RecordKey.ReporterShift;
        var hi = lo + (1L << RecordKey.ReporterShift) - 1;
        return Reading(() => ReadProductYears(asOf, lo, hi, 1L, 0L, (short)importer.Code, code, product.Digits, level, throughMonth));
    }

    internal static void RequireMonth(int? throughMonth)
    {
        if (throughMonth is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(throughMonth), $"The month {throughMonth} should be 1 to 12.");
        }
    }

    private static void RequireLevel(int digits)
    {
        if (digits is not (2 or 4 or 6))
        {
            throw new ArgumentOutOfRangeException(nameof(digits), $"The level {digits} should be 2, 4 or 6 digits.");
        }
    }

    /// <summary>The level a supplier question sums to: the product's own, or a finer HS level (a commodity keeps its own).</summary>
    internal static int SupplierLevel(Product product, int? levelDigits)
    {
        if (levelDigits is not { } level || product.IsCommodity)
        {
            return product.Digits;
        }

        RequireLevel(level);
        return level >= product.Digits
            ? level
            : throw new ArgumentOutOfRangeException(nameof(levelDigits), $"The level {level} is coarser than the product {product}.");
    }

    // A reporter-partner pair's keys (schema.sql, pair_key): one contiguous range.
    private static (long First, long Last) PairRange(int reporter, int partner)
    {
        var first = ((long)reporter << RecordKey.ReporterShift) | ((long)partner << RecordKey.PartnerShift);
        return (first, first + (1L << RecordKey.PartnerShift) - 1);
    }

    // code and withinDigits: the product the lines must lie inside (null: every line); levelDigits: the level they are summed to.
    private List<ProductYear> ReadProductYears(DateOnly? asOf, long lo1, long hi1, long lo2, long hi2, short? importer, int? code, int withinDigits, int levelDigits, int? throughMonth = null)
    {
        var countries = CountryCatalog.Default;
        using var threads = SingleThreaded();
        using var command = Command(Sql("product_years"), asOf, lo1, hi1, lo2, hi2, importer, code, code is null ? null : withinDigits, levelDigits, throughMonth);
        using var reader = command.ExecuteReader();
        int source = reader.Column("source"), reporter = reader.Column("reporter"), partner = reader.Column("partner"), flow = reader.Column("flow");
        int year = reader.Column("year"), productCode = reader.Column("product_code"), productDigits = reader.Column("product_digits"), unit = reader.Column("unit");
        int value = reader.Column("value_usd"), quantity = reader.Column("quantity"), quantified = reader.Column("quantified_usd"), lines = reader.Column("lines");
        int zero = reader.Column("zero_quantity_lines"), mask = reader.Column("month_mask"), releases = reader.Column("releases");
        int commodity = reader.Column("commodity"), commodityClassification = reader.Column("commodity_classification");
        int heldReleases = reader.Column("held_releases"), heldMonths = reader.Column("held_months");
        var rows = new List<ProductYear>();
        while (reader.Read())
        {
            rows.Add(new ProductYear(
                SourceCatalog.FromCode(reader.GetString(source)),
                countries.FromCode(reader.GetInt16(reporter)),
                countries.FromCode(reader.GetInt16(partner)),
                (Flow)reader.GetByte(flow),
                reader.GetInt16(year),
                reader.GetByte(productDigits) == Product.CommodityDigits
                    ? Product.Commodity(reader.GetString(commodity), reader.IsDBNull(commodityClassification) ? null : reader.GetString(commodityClassification), reader.GetInt32(productCode))
                    : Product.Hs(reader.GetInt32(productCode), reader.GetByte(productDigits), null),
                reader.IsDBNull(unit) ? null : reader.GetString(unit),
                reader.GetDecimal(value),
                reader.IsDBNull(quantity) ? null : reader.GetDouble(quantity),
                reader.GetDecimal(quantified),
                reader.GetInt64(lines),
                reader.GetInt64(zero),
                reader.GetInt32(mask))
            {
                Releases = ReleaseIds.Of(reader.GetFieldValue<List<int>>(releases)),
                HeldBy = ReleaseHoldings.Of(reader.GetFieldValue<List<int>>(heldReleases)
                    .Zip(reader.GetFieldValue<List<int>>(heldMonths), (id, months) => new ReleaseMonths(id, months))),
            });
        }

        return rows;
    }
}
