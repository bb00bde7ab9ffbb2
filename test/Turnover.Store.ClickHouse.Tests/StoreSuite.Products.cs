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

    /// <summary>
    /// Through a month, each year counts its periods that end by that month, the shortest stored; a line-year with only
    /// an annual figure keeps it, whole, so that the caller sees it cannot be cut; a month after the cut drops out.
    /// ARTIFICIAL lines with round values.
    /// </summary>
    [BackendFact]
    public void When_product_years_are_read_through_a_month_then_each_year_counts_january_to_that_month()
    {
        static Period Month(int year, int month) => Period.Month(year, month);
        Load("ytd", null,
        [
            .. Enumerable.Range(1, 12).Select(m => Line(Flow.Export, Hs(101, 4), 10, Month(2021, m))),
            .. Enumerable.Range(1, 11).Select(m => Line(Flow.Export, Hs(101, 4), 20, Month(2022, m))),
            Line(Flow.Export, Hs(201, 4), 300, Period.OfYear(2021)),
            .. Enumerable.Range(1, 3).Select(m => Line(Flow.Export, Hs(201, 4), 5, Month(2022, m))),
            .. Enumerable.Range(1, 4).Select(q => Line(Flow.Export, Hs(301, 4), 40, Period.Quarter(2021, q))),
            Line(Flow.Export, Hs(401, 4), 9, Month(2021, 12)),
            Line(Flow.Export, Hs(501, 4), 100, Period.OfYear(2021)),
            .. Enumerable.Range(1, 12).Select(m => Line(Flow.Export, Hs(501, 4), 8, Month(2021, m))),
        ]);

        var rows = Store.ProductYears(A, B, 4, throughMonth: 11);

        Assert.Equal(
            [
                (2021, 101, 110m, 0x7FF),
                (2021, 201, 300m, 0xFFF),
                (2021, 301, 120m, 0x1FF),
                (2021, 501, 88m, 0x7FF),
                (2022, 101, 220m, 0x7FF),
                (2022, 201, 15m, 0x7),
            ],
            rows.Select(r => (r.Year, r.Product.Code, r.ValueUsd, r.MonthMask)));
        Assert.Equal(
            [(2021, 101, 120m), (2021, 201, 300m), (2021, 301, 160m), (2021, 401, 9m), (2021, 501, 100m), (2022, 101, 220m), (2022, 201, 15m)],
            Store.ProductYears(A, B, 4).Select(r => (r.Year, r.Product.Code, r.ValueUsd)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Store.ProductYears(A, B, 4, throughMonth: 13));
    }

    /// <summary>
    /// Each product year names the releases whose lines it sums: a later vintage's revision of a line replaces the
    /// earlier release's, and as of a date before it the earlier release stands alone. ARTIFICIAL lines with round values.
    /// </summary>
    [BackendFact]
    public void When_product_years_are_read_then_each_names_the_releases_of_the_lines_it_sums()
    {
        Load("first", new DateOnly(2021, 3, 1), Line(Flow.Export, Hs(10110, 6), 100), Line(Flow.Export, Hs(10120, 6), 50), Line(Flow.Export, Hs(201, 4), 70));
        Load("second", new DateOnly(2021, 9, 1), Line(Flow.Export, Hs(10120, 6), 60));
        var ids = Store.Releases().OrderBy(r => r.Vintage).Select(r => r.Id).ToList();

        Assert.Equal(
            [(101, 160m, ReleaseIds.Of(ids)), (201, 70m, ReleaseIds.Of([ids[0]]))],
            Store.ProductYears(A, B, 4).Select(r => (r.Product.Code, r.ValueUsd, r.Releases)));
        Assert.Equal(
            [(101, 150m, ReleaseIds.Of([ids[0]])), (201, 70m, ReleaseIds.Of([ids[0]]))],
            Store.ProductYears(A, B, 4, new DateOnly(2021, 6, 1)).Select(r => (r.Product.Code, r.ValueUsd, r.Releases)));
    }

    /// <summary>
    /// Each product year names every release holding its lines, with the months each holds, whichever revision is
    /// summed and whichever periods count: a file whose months a later file revises still reaches them; a file's months
    /// beyond the month read through still count; as of a date before a release, it holds nothing. ARTIFICIAL lines with
    /// round values.
    /// </summary>
    [BackendFact]
    public void When_product_years_are_read_then_each_names_every_release_holding_its_lines_with_their_months()
    {
        static Period Month(int m) => Period.Month(2022, m);
        Load("by origin", new DateOnly(2023, 1, 1),
        [
            .. Enumerable.Range(1, 11).Select(m => Line(Flow.Import, Hs(271111, 6), 10, Month(m))),
            .. Enumerable.Range(1, 11).Select(m => Line(Flow.Import, Hs(270900, 6), 20, Month(m))),
        ]);
        Load("one origin", new DateOnly(2023, 3, 1), [.. Enumerable.Range(1, 12).Select(m => Line(Flow.Import, Hs(270900, 6), 21, Month(m)))]);
        var id = Store.Releases().ToDictionary(r => r.FileName, r => r.Id);
        ReleaseHoldings Held(params (string File, int Months)[] held) => ReleaseHoldings.Of(held.Select(h => new ReleaseMonths(id[h.File], h.Months)));

        Assert.Equal(
            [(2709, ReleaseIds.Of([id["one origin.csv"]]), Held(("by origin.csv", 0x7FF), ("one origin.csv", 0xFFF))), (2711, ReleaseIds.Of([id["by origin.csv"]]), Held(("by origin.csv", 0x7FF)))],
            Store.ProductYears(A, B, 4).Select(r => (r.Product.Code, r.Releases, r.HeldBy)));
        Assert.Equal(
            [Held(("by origin.csv", 0x7FF), ("one origin.csv", 0xFFF)), Held(("by origin.csv", 0x7FF))],
            Store.ProductYears(A, B, 4, throughMonth: 2).Select(r => r.HeldBy));
        Assert.Equal(
            [Held(("by origin.csv", 0x7FF)), Held(("by origin.csv", 0x7FF))],
            Store.ProductYears(A, B, 4, new DateOnly(2023, 2, 1)).Select(r => r.HeldBy));
        Assert.Equal(
            [(B, Held(("by origin.csv", 0x7FF), ("one origin.csv", 0xFFF)))],
            Store.SupplierYears(A, Hs(2709, 4)).Select(r => (r.Partner, r.HeldBy)));
    }

    /// <summary>
    /// A pair's releases behind its visible figures: the totals' apart from the product lines', a revision's in place of
    /// the revised one's, and as of a date before the revision the earlier one alone. ARTIFICIAL lines with round values.
    /// </summary>
    [BackendFact]
    public void When_a_pairs_releases_are_read_then_the_totals_and_the_lines_releases_are_apart()
    {
        Load("totals", new DateOnly(2021, 3, 1), Line(Flow.Export, Product.Total, 1000), Line(Flow.Import, Product.Total, 800));
        Load("lines", new DateOnly(2021, 4, 1), Line(Flow.Export, Hs(2709, 4), 300));
        Load("revision", new DateOnly(2021, 9, 1), Line(Flow.Import, Product.Total, 820));
        var id = Store.Releases().ToDictionary(r => r.FileName, r => r.Id);

        var now = Assert.Single(Store.PairReleases(B, A));
        var before = Assert.Single(Store.PairReleases(A, B, new DateOnly(2021, 6, 1)));

        Assert.Equal((SourceKind.Comtrade, ReleaseIds.Of([id["totals.csv"], id["revision.csv"]]), ReleaseIds.Of([id["lines.csv"]])), (now.Source, now.Totals, now.Lines));
        Assert.Equal((ReleaseIds.Of([id["totals.csv"]]), ReleaseIds.Of([id["lines.csv"]])), (before.Totals, before.Lines));
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

    /// <summary>
    /// A supplier question read through a month counts each year's January to it, as a pair's product years do: what
    /// `turnover suppliers` reads again where one origin's lines run a month past the market's. ARTIFICIAL lines with round values.
    /// </summary>
    [BackendFact]
    public void When_suppliers_are_read_through_a_month_then_each_year_counts_january_to_that_month()
    {
        Load("imports", null,
        [
            .. Enumerable.Range(1, 12).Select(m => Line(Flow.Import, Hs(101, 4), 10, Period.Month(2022, m))),
            Line(Flow.Import, Hs(101, 4), 500, Period.OfYear(2021)),
        ]);

        var rows = Store.SupplierYears(A, Hs(101, 4), throughMonth: 11);

        Assert.Equal([(2021, 500m, 0xFFF), (2022, 110m, 0x7FF)], rows.Select(r => (r.Year, r.ValueUsd, r.MonthMask)));
        Assert.Equal([(2021, 500m), (2022, 120m)], Store.SupplierYears(A, Hs(101, 4)).Select(r => (r.Year, r.ValueUsd)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Store.SupplierYears(A, Hs(101, 4), throughMonth: 0));
    }

    [BackendFact]
    public void When_suppliers_are_read_at_a_finer_level_then_each_product_inside_is_its_own_row()
    {
        // ARTIFICIAL BACI-like lines, as above: a heading's two products, summed to the heading or read apart.
        Load("baci", null, SourceKind.Baci,
            Line(Flow.Export, Hs(10110, 6), 100, null) with { Reporter = B, Partner = A },
            Line(Flow.Export, Hs(10120, 6), 50, null) with { Reporter = B, Partner = A });

        var heading = Store.SupplierYears(A, Hs(101, 4));
        var products = Store.SupplierYears(A, Hs(101, 4), levelDigits: 6);

        Assert.Equal(150m, Assert.Single(heading).ValueUsd);
        Assert.Equal([(10110, 100m), (10120, 50m)], products.Select(r => (r.Product.Code, r.ValueUsd)).OrderBy(r => r.Code));
        Assert.Throws<ArgumentOutOfRangeException>(() => Store.SupplierYears(A, Hs(101, 4), levelDigits: 2));
    }
}
