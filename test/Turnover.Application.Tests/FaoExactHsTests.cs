using Turnover.Core;
using Turnover.Ingest.Fao;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// Issue 12: an FAO commodity that is exactly an HS line (<see cref="FaoCommodities.ExactHs6"/>) says so in the
/// answers that show commodity lines, on FAO FishStat's real 2019 export of China's seafood imports (data/products) and
/// its excerpt (test/fixtures/fao).
/// </summary>
public sealed class FaoExactHsTests
{
    private const string PollockFillets = "Alaska pollock fillets, frozen";
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly string s_value = RepoPaths.Data("products", "fao_china_seafood_imports_by_partner_value_2019_raw.csv");

    [Fact]
    public void When_china_argentina_commodities_are_listed_then_only_pollock_fillets_carry_hs_030475()
    {
        using var store = Stores.With(s_value);

        var answer = new ProductsQuery(store).Run(new ProductsRequest(s_china, CountryCatalog.Default.FromCode(32))).Value;

        // The file holds 22 commodities from Argentina, the fillets the smallest (US$ 1.04 thousand).
        Assert.Equal(22, answer.Products.Count);
        var fillets = Assert.Single(answer.Products, p => p.ExactHs is not null);
        Assert.Equal((PollockFillets, "030475", 6), (fillets.Product.Name, fillets.ExactHs!.Value.ToString(), (int)fillets.ExactHs.Value.Digits));
        Assert.Equal(1_040m, fillets.Usd);
    }

    [Fact]
    public void When_the_fixture_of_norway_is_listed_then_no_commodity_is_exactly_an_hs_line()
    {
        using var store = Stores.With(RepoPaths.Fixture("fao", "fao_china_seafood_imports_by_partner_value_2019_excerpt.csv"));

        var answer = new ProductsQuery(store).Run(new ProductsRequest(s_china, CountryCatalog.Default.FromCode(578))).Value;

        Assert.Equal(52, answer.Products.Count);
        Assert.All(answer.Products, p => Assert.Null(p.ExactHs));
        Assert.All(answer.Products, p => Assert.Null(FaoCommodities.ExactHs6(p.Product.Name!)));
    }

    [Fact]
    public void When_suppliers_of_pollock_fillets_are_asked_by_name_then_the_answer_carries_the_exact_hs_line()
    {
        using var store = Stores.With(s_value);

        var answer = new SuppliersQuery(store).Run(new SuppliersRequest(Product.Commodity(PollockFillets, null), s_china) { Years = YearRange.Of(2019) }).Value;

        Assert.Equal(Product.Hs(30475, 6, null), answer.ProductExactHs);
    }

    [Fact]
    public void When_an_hs_line_is_listed_then_it_carries_no_exact_hs_of_its_own()
    {
        using var store = Stores.With(WindColumns.ByOrigin);

        var answer = new ProductsQuery(store).Run(new ProductsRequest(s_china, CountryCatalog.Default.FromCode(643)) { Level = ProductLevel.Product }).Value;

        Assert.All(answer.Products, p => Assert.Null(p.ExactHs));
    }
}
