using Turnover.Core;
using Turnover.Ingest;
using Turnover.Ingest.Wind;
using Turnover.Testing;

namespace Turnover.Store.Tests;

/// <summary>
/// Which product lines ProductYears and SupplierYears sum (Sql/product_years.sql). The rules are tested on records
/// built here, whose values are ARTIFICIAL (round numbers that make the arithmetic obvious, no country's trade); the
/// real Wind export is checked against sums taken straight from its text (WindColumns), not through the reader.
/// </summary>
public sealed class ProductYearsTests : IDisposable
{
    private static readonly CountryCatalog s_countries = CountryCatalog.Default;
    private static readonly Country s_a = s_countries.FromCode(4);
    private static readonly Country s_b = s_countries.FromCode(156);
    private static readonly Country s_c = s_countries.FromCode(643);
    private readonly TradeStore _store = TradeStore.Open(":memory:");
    private long _line;

    public void Dispose() => _store.Dispose();

    [Fact]
    public void When_a_file_holds_a_chapter_and_its_headings_then_only_the_chapter_counts()
    {
        Load("h", SourceKind.Comtrade, Line(Flow.Export, Hs(27, 2), 100), Line(Flow.Export, Hs(2709, 4), 60), Line(Flow.Export, Hs(270900, 6), 60), Line(Flow.Export, Hs(3001, 4), 5));

        var rows = _store.ProductYears(s_a, s_b, 4);

        Assert.Equal([("27", 100m, 1L), ("3001", 5m, 1L)], rows.Select(r => (r.Product.ToString(), r.ValueUsd, r.Lines)));
    }

    [Fact]
    public void When_lines_are_finer_than_the_level_then_they_are_summed_to_it()
    {
        Load("h", SourceKind.Comtrade, Line(Flow.Import, Hs(270900, 6), 60), Line(Flow.Import, Hs(271111, 6), 30), Line(Flow.Import, Hs(271121, 6), 10));

        Assert.Equal([("27", 100m, 3L)], _store.ProductYears(s_a, s_b, 2).Select(r => (r.Product.ToString(), r.ValueUsd, r.Lines)));
        Assert.Equal([("2709", 60m), ("2711", 40m)], _store.ProductYears(s_a, s_b, 4).Select(r => (r.Product.ToString(), r.ValueUsd)));
    }

    [Fact]
    public void When_a_year_and_its_months_are_both_stored_then_the_year_counts_and_months_alone_say_which_months()
    {
        var months = Enumerable.Range(1, 12).Select(m => Line(Flow.Export, Hs(2709, 4), 10, Period.Month(2020, m)));
        Load("h", SourceKind.Comtrade, [.. months, Line(Flow.Export, Hs(2709, 4), 125), Line(Flow.Export, Hs(2701, 4), 7, Period.Month(2021, 3)), Line(Flow.Export, Hs(2701, 4), 7, Period.Month(2021, 5))]);

        var rows = _store.ProductYears(s_a, s_b, 4);

        Assert.Equal(
            [(2020, "2709", 125m, 0xFFF), (2021, "2701", 14m, 0b10100)],
            rows.OrderBy(r => r.Year).Select(r => (r.Year, r.Product.ToString(), r.ValueUsd, r.MonthMask)));
    }

    [Fact]
    public void When_a_line_has_a_value_and_a_quantity_of_zero_then_it_is_counted_and_not_in_the_quantified_value()
    {
        Load("h", SourceKind.Comtrade,
            Line(Flow.Import, Hs(2709, 4), 100) with { Quantity = Quantity.Kilograms(2000) },
            Line(Flow.Import, Hs(2711, 4), 50) with { Quantity = Quantity.Kilograms(0) },
            Line(Flow.Import, Hs(2710, 4), 30) with { Quantity = new Quantity(4, "l") });

        var rows = _store.ProductYears(s_a, s_b, 2);

        // One row per unit: litres are never added to kilograms.
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r is { Unit: "l", ValueUsd: 30m, Quantity: 4d, QuantifiedUsd: 30m, ZeroQuantityLines: 0 });
        var kg = Assert.Single(rows, r => r.Unit == "kg");
        Assert.Equal((150m, 2000d, 100m, 1L), (kg.ValueUsd, kg.Quantity!.Value, kg.QuantifiedUsd, kg.ZeroQuantityLines));
    }

    [Fact]
    public void When_suppliers_are_read_then_the_importers_own_imports_and_a_reconciled_datasets_exports_to_it_count()
    {
        Load("own", SourceKind.Comtrade, Line(Flow.Import, Hs(270900, 6), 60) with { Reporter = s_b, Partner = s_c }, Line(Flow.Export, Hs(270900, 6), 9) with { Reporter = s_b, Partner = s_c });
        Load("baci", SourceKind.Baci, Line(Flow.Export, Hs(270900, 6), 40) with { Reporter = s_c, Partner = s_b }, Line(Flow.Export, Hs(270900, 6), 3) with { Reporter = s_a, Partner = s_c });

        var rows = _store.SupplierYears(s_b, Hs(2709, 4));

        Assert.Equal(
            [(SourceKind.Baci, s_c, s_b, Flow.Export, 40m), (SourceKind.Comtrade, s_b, s_c, Flow.Export, 9m), (SourceKind.Comtrade, s_b, s_c, Flow.Import, 60m)],
            rows.Select(r => (r.Source, r.Reporter, r.Partner, r.Flow, r.ValueUsd)).OrderBy(r => r.Item1.ToString()).ThenBy(r => r.Item4));
    }

    [Fact]
    public void When_suppliers_are_read_at_a_finer_level_then_each_product_inside_is_its_own_row()
    {
        Load("own", SourceKind.Comtrade,
            Line(Flow.Import, Hs(270900, 6), 60) with { Reporter = s_b, Partner = s_c },
            Line(Flow.Import, Hs(271111, 6), 20) with { Reporter = s_b, Partner = s_c },
            Line(Flow.Import, Hs(271111, 6), 5) with { Reporter = s_b, Partner = s_a });

        var chapter = _store.SupplierYears(s_b, Hs(27, 2));
        var products = _store.SupplierYears(s_b, Hs(27, 2), levelDigits: 6);

        Assert.Equal([(s_a, 5m), (s_c, 80m)], chapter.Select(r => (r.Partner, r.ValueUsd)).OrderBy(r => r.Partner.Code));
        Assert.Equal([(s_a, 271111, 5m), (s_c, 270900, 60m), (s_c, 271111, 20m)], products.Select(r => (r.Partner, r.Product.Code, r.ValueUsd)).OrderBy(r => r.Partner.Code).ThenBy(r => r.Code));
        Assert.Throws<ArgumentOutOfRangeException>(() => _store.SupplierYears(s_b, Hs(2709, 4), levelDigits: 2));
    }

    [Fact]
    public void When_the_wind_export_is_read_then_chinas_crude_imports_from_russia_in_2021_are_the_files_sums()
    {
        LoadWind(WindColumns.ByOrigin);
        var russia = s_countries.FromCode(643);

        var rows = _store.SupplierYears(s_b, Hs(2709, 4)).Where(r => r.Year == 2021 && r.Partner == russia).ToList();

        var row = Assert.Single(rows);
        Assert.Equal(WindColumns.Sum(WindColumns.ByOrigin, "Value of Imports: Crude Oil: Russian Federation", 2021), row.ValueUsd);
        Assert.Equal((double)WindColumns.Sum(WindColumns.ByOrigin, "Volume of Imports: Crude Oil: Russian Federation", 2021)!.Value, row.Quantity!.Value, 0.5);
        Assert.Equal(("kg", 0xFFF, 40_294_667_855m), (row.Unit, row.MonthMask, row.ValueUsd)); // as GACC published (docs/wind.md)
    }

    [Fact]
    public void When_commodity_lines_sit_beside_HS_lines_then_they_keep_their_own_level_name_and_classification()
    {
        // Issue 12: a commodity's store code is small (1, 2…); it must never be read as the HS chapter 00 or summed into one.
        Load("h", SourceKind.Comtrade, Line(Flow.Import, Hs(3, 2), 100));
        Load("f", SourceKind.Fao,
            Line(Flow.Import, Product.Commodity("Cods nei, frozen", "FAO"), 40) with { Quantity = Quantity.Kilograms(1000) },
            Line(Flow.Import, Product.Commodity("Haddock, frozen", "FAO"), 20));

        foreach (var level in new[] { 2, 4, 6 })
        {
            var rows = _store.ProductYears(s_a, s_b, level).Where(r => r.Source == SourceKind.Fao).ToList();
            Assert.Equal(
                [("Cods nei, frozen", "FAO", 40m, 1000d), ("Haddock, frozen", "FAO", 20m, (double?)null)],
                rows.OrderBy(r => r.Product.Name, StringComparer.Ordinal).Select(r => (r.Product.Name!, r.Product.Classification!, r.ValueUsd, r.Quantity)));
            Assert.All(rows, r => Assert.True(r.Product.IsCommodity));
        }

        Assert.Equal([("03", 100m)], _store.ProductYears(s_a, s_b, 2).Where(r => r.Source == SourceKind.Comtrade).Select(r => (r.Product.ToString(), r.ValueUsd)));
    }

    [Fact]
    public void When_suppliers_of_a_commodity_are_asked_by_name_then_only_its_lines_come_and_an_unknown_name_gives_none()
    {
        Load("f", SourceKind.Fao,
            Line(Flow.Import, Product.Commodity("Cods nei, frozen", "FAO"), 40) with { Reporter = s_b, Partner = s_c },
            Line(Flow.Import, Product.Commodity("Cods nei, frozen", "FAO"), 7) with { Reporter = s_b, Partner = s_a },
            Line(Flow.Import, Product.Commodity("Haddock, frozen", "FAO"), 20) with { Reporter = s_b, Partner = s_c });

        var rows = _store.SupplierYears(s_b, Product.Commodity("Cods nei, frozen", null));

        Assert.Equal([(4, 7m), (643, 40m)], rows.Select(r => (r.Partner.Code, r.ValueUsd)).Order());
        Assert.Empty(_store.SupplierYears(s_b, Product.Commodity("Cods", null)));
        Assert.Empty(_store.SupplierYears(s_b, Product.Hs(3, 2, null)));
    }

    private static Product Hs(int code, int digits) => Product.Hs(code, digits, "H5");

    private TradeRecord Line(Flow flow, Product product, decimal usd, Period? period = null) =>
        new(s_a, s_b, flow, period ?? Period.OfYear(2020), product, usd, null, Derivation.Reported, null, ++_line);

    private void Load(string hash, SourceKind source, params TradeRecord[] records)
    {
        var release = new Release(source, "artificial test records", hash + ".csv", hash, null, "artificial values");
        var result = _store.Load(hash, records, () => new ReleaseOutcome(release, "test", records.Length, new Dictionary<string, long>(), []));
        Assert.Equal(LoadStatus.Stored, result.Status);
    }

    private void LoadWind(string path)
    {
        var reader = new WindReader();
        var context = new ReadContext(path, new IngestOptions());
        var result = _store.Load("wind", reader.Read(context), () => new ReleaseOutcome(
            context.HasErrors ? null : new Release(reader.Source, context.Dataset, context.FileName, "wind", context.Vintage, context.Note),
            reader.Format, context.RowsRead, context.Skipped, context.Discrepancies));
        Assert.Equal(LoadStatus.Stored, result.Status);
    }
}
