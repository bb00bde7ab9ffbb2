using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application.Tests;

/// <summary>
/// A figure the text calls goods and services is judged on the stored goods trade: a match confirms a loosely worded
/// goods count, a mismatch cannot show a count with services wrong (bundled U.S.–China and China–Russia data).
/// </summary>
public sealed class GoodsAndServicesClaimTests
{
    [Fact]
    public void When_a_goods_and_services_figure_differs_from_goods_then_it_is_not_verifiable_not_inaccurate()
    {
        // BEA's 2019 U.S. exports of goods and services to China, $163 bn; Census goods alone $106.5 bn. Judged on goods
        // it was "inaccurate" by 53% until 7 December 2026.
        using var store = Stores.With(Stores.UsChina);
        var claim = Assert.Single(Run(store, "U.S. exports of goods and services to China totaled $163 billion in 2019.", new DateOnly(2020, 6, 1)));

        Assert.Equal(ClaimVerdict.NotVerifiable, claim.Verdict);
        Assert.Equal(new FigureIsSubset(SubsetKind.GoodsAndServices, "goods and services"), claim.Missing);
        Assert.Contains(new ServicesNotStored("goods and services"), claim.Evidence!.Notes);
    }

    [Fact]
    public void When_a_goods_and_services_figure_is_the_goods_count_then_it_is_judged_on_it_with_a_note()
    {
        // China's customs count goods only; the text calls its 2023 imports from Russia "goods and services".
        using var store = Stores.With(Stores.ChinaRussia);
        var claim = Assert.Single(Run(store, "China's imports of Russian goods and services rose 12.7% to $129.1 billion in 2023.", new DateOnly(2024, 1, 20)));

        Assert.Equal(ClaimVerdict.Accurate, claim.Verdict);
        Assert.Contains(new ServicesNotStored("goods and services"), claim.Evidence!.Notes);
    }

    [Fact]
    public void When_a_goal_is_of_goods_and_services_then_it_is_not_judged_on_goods()
    {
        using var store = Stores.With(Stores.ChinaRussia);
        var claim = Assert.Single(Run(store, "Russia and China aim to raise trade in goods and services to $300 billion by 2030.", new DateOnly(2024, 1, 20)));

        Assert.Equal((ClaimVerdict.NotVerifiable, new FigureIsSubset(SubsetKind.GoodsAndServices, "goods and services")), (claim.Verdict, claim.Missing));
    }

    [Fact]
    public void When_a_figure_is_of_trade_in_services_then_it_is_not_verifiable_and_not_judged_on_goods()
    {
        // It was judged as the pair's goods turnover ($240.1 bn): "inaccurate", −96%.
        using var store = Stores.With(Stores.ChinaRussia);
        var claim = Assert.Single(Run(store, "China-Russia trade in services reached $10 billion in 2023.", new DateOnly(2024, 3, 5)));

        Assert.Equal((ClaimVerdict.NotVerifiable, new FigureIsSubset(SubsetKind.Services, "trade in services")), (claim.Verdict, claim.Missing));
        Assert.Null(claim.Evidence);
    }

    private static IReadOnlyList<CheckedClaim> Run(Turnover.Store.TradeStore store, string text, DateOnly articleDate) =>
        new ClaimCheckQuery(store).Run(new ClaimCheckRequest(text, new DateOnly(2026, 11, 28)) { ArticleDate = articleDate }).Value.Claims;
}
