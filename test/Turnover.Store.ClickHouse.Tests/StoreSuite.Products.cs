using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    /// <summary>
    /// Product lines by year carry their quantity units: one row per product and unit (lines without a quantity apart),
    /// quantities summed in their unit, a zero quantity kept but never divided; a heading inside a stored chapter is not
    /// counted twice; months stand where no annual figure is stored. ARTIFICIAL lines with round values and quantities.
    /// </summary>
    [BackendFact]
    public void When_product_lines_carry_quantity_units_then_products_by_year_keep_one_row_per_unit()
    {
        TradeRecord Weighed(int code, decimal usd, double? amount, string unit = "kg") =>
            Line(Flow.Export, Hs(code, 6), usd) with { Quantity = amount is { } a ? new Quantity(a, unit) : null };
        Load("h", null,
            Line(Flow.Export, Hs(2, 2), 500), Line(Flow.Export, Hs(201, 4), 300),
            Weighed(10110, 100, 50), Weighed(10120, 60, 0), Weighed(10130, 40, 4, "u"), Weighed(10190, 30, null),
            Line(Flow.Export, Hs(30110, 6), 5, Period.Month(2020, 1)), Line(Flow.Export, Hs(30110, 6), 5, Period.Month(2020, 2)));

        var rows = Store.ProductYears(A, B, 4);

        Assert.Equal(
            [
                (Product.Hs(2, 2, null), (string?)null, 500m, (double?)null, 0m, 1L, 0L, 4095),
                (Product.Hs(101, 4, null), null, 30m, null, 0m, 1L, 0L, 4095),
                (Product.Hs(101, 4, null), "kg", 160m, 50d, 100m, 2L, 1L, 4095),
                (Product.Hs(101, 4, null), "u", 40m, 4d, 40m, 1L, 0L, 4095),
                (Product.Hs(301, 4, null), null, 10m, null, 0m, 2L, 0L, 3),
            ],
            rows.Select(r => (r.Product, r.Unit, r.ValueUsd, r.Quantity, r.QuantifiedUsd, r.Lines, r.ZeroQuantityLines, r.MonthMask)));
        Assert.All(rows, r => Assert.Equal((SourceKind.Comtrade, A, B, Flow.Export, 2020), (r.Source, r.Reporter, r.Partner, r.Flow, r.Year)));
        Assert.Equal([("kg", (double?)50d)], Store.ProductYears(A, B, 6).Where(r => r.Product.Code == 10110).Select(r => (r.Unit, r.Quantity)));
    }

    [BackendFact]
    public void When_a_reconciled_source_exports_to_an_importer_then_its_suppliers_by_year_read_them_with_their_units()
    {
        // ARTIFICIAL BACI-like lines: B's exports to A, which are A's imports as that dataset gives them.
        Load("baci", null, SourceKind.Baci,
            Line(Flow.Export, Hs(10110, 6), 100, null) with { Reporter = B, Partner = A, Quantity = new Quantity(25, "kg") },
            Line(Flow.Export, Hs(10120, 6), 50, null) with { Reporter = B, Partner = A, Quantity = new Quantity(5, "kg") },
            Line(Flow.Export, Hs(20110, 6), 70, null) with { Reporter = B, Partner = A });

        var rows = Store.SupplierYears(A, Hs(101, 4));

        var row = Assert.Single(rows);
        Assert.Equal((SourceKind.Baci, B, A, Product.Hs(101, 4, null), "kg", 150m, 30d, 2L),
            (row.Source, row.Reporter, row.Partner, row.Product, row.Unit, row.ValueUsd, row.Quantity, row.Lines));
    }
}
