using System.Globalization;
using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse;

public sealed partial class ClickHouseTradeStore
{
    /// <inheritdoc />
    /// <remarks>
    /// The visible product lines come from the server (VisibleSql.LatestLines); which count and how they are summed,
    /// per quantity unit, is product_years.sql's rule in C# (ProductYearsAssembly).
    /// </remarks>
    public IReadOnlyList<ProductYear> ProductYears(Country a, Country b, int levelDigits, DateOnly? asOf = null, int? throughMonth = null)
    {
        RequireLevel(levelDigits);
        TradeStore.RequireMonth(throughMonth);
        return ReadProductYears(asOf, VisibleSql.PairFilter((a.Code, b.Code)), null, levelDigits, throughMonth: throughMonth);
    }

    /// <inheritdoc />
    /// <remarks>As <see cref="ProductYears"/>: the importer's own lines, and the reconciled sources' exports to it.</remarks>
    public IReadOnlyList<ProductYear> SupplierYears(Country importer, Product product, DateOnly? asOf = null, int? levelDigits = null, int? throughMonth = null)
    {
        if (product.IsTotal)
        {
            throw new ArgumentException("The product should be an HS code or a commodity, not the all-goods total.", nameof(product));
        }

        var level = TradeStore.SupplierLevel(product, levelDigits);
        TradeStore.RequireMonth(throughMonth);

        var code = product.Code;
        if (product.IsCommodity)
        {
            // A commodity is asked for by name; its code is this store's number for the name (none: nothing stored).
            var id = _server.Rows($"SELECT id FROM {Tables.Commodities} FINAL WHERE name = {SqlLiteral.Of(product.Name!)}");
            if (id.Count == 0)
            {
                return [];
            }

            code = Int(id[0][0]);
        }

        var live = LiveReleases();
        var reconciled = live.Where(l => l.Summary.Source.IsReconciled()).Select(l => l.Summary.Id).ToList();
        var first = KeyFields.PairKey(importer.Code, 0);
        var own = $"key BETWEEN {SqlLiteral.Of(first)} AND {SqlLiteral.Of(first + (1L << RecordKey.ReporterShift) - 1)}";
        var exportsTo = reconciled.Count == 0 ? string.Empty : $"""
            OR (release_id IN ({SqlLiteral.List(reconciled)}) AND {KeyFields.PartnerSql("key")} = {SqlLiteral.Of(importer.Code)}
                AND {KeyFields.FlowSql("key")} = {SqlLiteral.Of((int)Flow.Export)} AND {KeyFields.ReporterSql("key")} <> {SqlLiteral.Of(importer.Code)})
            """;
        return ReadProductYears(asOf, $"AND ({own} {exportsTo})", (code, product.Digits), level, live, throughMonth);
    }

    private List<ProductYear> ReadProductYears(DateOnly? asOf, string filter, (int Code, int Digits)? within, int levelDigits, List<StoredRelease>? live = null, int? throughMonth = null)
    {
        live ??= LiveReleases();
        if (live.Count == 0)
        {
            return [];
        }

        var units = CodeNames(Tables.Units);
        var unitMask = (1 << RecordDetail.UnitBits) - 1;
        var lines = _server.Rows($"""
            SELECT source, key, tupleElement(r, 1), tupleElement(r, 2), bitAnd(bitShiftRight(tupleElement(r, 3), {RecordDetail.UnitShift}), {unitMask}),
                   bitShiftRight(tupleElement(r, 3), {RecordDetail.ClassificationShift}), tupleElement(r, 4), held
            FROM ({VisibleSql.LatestLines(Tables.Records, live, asOf, filter)})
            """).Select(r => new ProductYearsAssembly.Line(
                SourceCatalog.FromCode(r[0]!), Long(r[1]), Money(r[2]),
                r[3] is null ? null : double.Parse(r[3]!, NumberStyles.Float, CultureInfo.InvariantCulture),
                units.GetValueOrDefault(Int(r[4])), Int(r[5]), Int(r[6]), IntArray(r[7])))
            .ToList();
        // The commodities' and classifications' names only where a line is a commodity's (product_years.sql joins them so).
        var names = lines.Any(l => l.Key.ProductDigits == Product.CommodityDigits)
            ? new ProductYearsAssembly.CommodityNames(CodeNames(Tables.Commodities), CodeNames(Tables.Classifications))
            : ProductYearsAssembly.CommodityNames.None;
        return ProductYearsAssembly.Assemble(lines, within, levelDigits, names, throughMonth);
    }

    private static void RequireLevel(int digits)
    {
        if (digits is not (2 or 4 or 6))
        {
            throw new ArgumentOutOfRangeException(nameof(digits), $"The level {digits} should be 2, 4 or 6 digits.");
        }
    }
}
