using Turnover.Core;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// A year in progress against the year before, in <c>products</c> and <c>decompose</c>, where the real exports cannot
/// show it: a base stored only as an annual figure (it cannot be cut to the same months), and a product whose quantity
/// is published in one year only. ARTIFICIAL lines with round values, loaded straight into the store.
/// </summary>
public sealed class SameMonthsTests
{
    private static readonly Country s_a = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_b = CountryCatalog.Default.FromCode(643);
    private static readonly Product s_coal = Product.Hs(2701, 4, "H5");
    private static readonly Product s_gas = Product.Hs(2711, 4, "H5");
    private long _line;

    [Fact]
    public void When_the_base_is_only_an_annual_figure_then_the_year_in_progress_is_not_split_against_it()
    {
        using var store = With(
        [
            Line(s_coal, 1200, Period.OfYear(2021), 1200),
            .. Enumerable.Range(1, 3).Select(m => Line(s_coal, 110, Period.Month(2022, m), 100)),
        ]);

        var decomposed = new DecomposeQuery(store).Run(new DecomposeRequest(s_a, s_b) { Years = YearRange.Of(2022), Level = ProductLevel.Heading }).Value;
        var products = new ProductsQuery(store).Run(new ProductsRequest(s_a, s_b) { Years = YearRange.Of(2022), Level = ProductLevel.Heading }).Value;

        var coal = Assert.Single(decomposed.Products);
        Assert.Equal((null, Comparability.MonthsDiffer, 1200m, 330m), (decomposed.ThroughMonth, coal.Comparability, coal.BaseUsd, coal.Usd));
        Assert.Equal((12, 3, (decimal?)null), (products.Base!.Months, products.Shown.Months, products.BaseWholeYearUsd));
    }

    [Fact]
    public void When_the_base_has_months_then_products_compare_january_to_the_same_month()
    {
        using var store = With(
        [
            .. Enumerable.Range(1, 12).Select(m => Line(s_coal, 100, Period.Month(2021, m), 100)),
            .. Enumerable.Range(1, 3).Select(m => Line(s_coal, 110, Period.Month(2022, m), 100)),
        ]);

        var products = new ProductsQuery(store).Run(new ProductsRequest(s_a, s_b) { Years = YearRange.Of(2022), Level = ProductLevel.Heading }).Value;

        var coal = Assert.Single(products.Products);
        Assert.Equal((300m, 330m, 10m), (coal.BaseUsd, coal.Usd, coal.ChangePercent));
        Assert.Equal((3, 3, (int?)3, (decimal?)1200m), (products.Base!.Months, products.Shown.Months, products.Base.ThroughMonth, products.BaseWholeYearUsd));
    }

    [Fact]
    public void When_a_product_has_a_quantity_in_one_year_only_then_it_is_one_entry_whose_value_compares()
    {
        using var store = With(
        [
            Line(s_gas, 500, Period.OfYear(2021), 2000),
            Line(s_gas, 800, Period.OfYear(2022), null),
            Line(s_coal, 100, Period.OfYear(2021), 100),
            Line(s_coal, 120, Period.OfYear(2022), 100),
        ]);

        var answer = new DecomposeQuery(store).Run(new DecomposeRequest(s_a, s_b) { Years = YearRange.Of(2022), Level = ProductLevel.Heading }).Value;

        var gas = Assert.Single(answer.Products, p => p.Product.Code == s_gas.Code);
        Assert.Equal((Comparability.UnitsDiffer, (string?)null, 500m, 800m, (decimal?)60m), (gas.Comparability, gas.Unit, gas.BaseUsd, gas.Usd, gas.ValueChangePercent));
        Assert.Null(gas.VolumeChangePercent);
        Assert.Equal(Comparability.Comparable, Assert.Single(answer.Products, p => p.Product.Code == s_coal.Code).Comparability);
    }

    private TradeRecord Line(Product product, decimal usd, Period period, double? tonnes) =>
        new(s_a, s_b, Flow.Import, period, product, usd, tonnes is { } t ? Quantity.Kilograms(t * 1000d) : null, Derivation.Reported, null, ++_line);

    private static TradeStore With(TradeRecord[] records)
    {
        var store = TradeStore.Open(":memory:", new TradeStoreOptions { Clock = FixedClock.On(new DateOnly(2026, 11, 28)) });
        var release = new Release(SourceKind.Comtrade, "artificial test records", "same-months.csv", "same-months", null, "artificial values");
        var result = store.Load("same-months", records, () => new ReleaseOutcome(release, "test", records.Length, new Dictionary<string, long>(), []));
        Assert.Equal(LoadStatus.Stored, result.Status);
        return store;
    }
}
