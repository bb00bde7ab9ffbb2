using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application.Tests;

/// <summary>
/// A fact with no figure ("hit a record in 2024", "rose for a fourth straight year") is judged on its record or
/// superlative alone (bundled US Census, KOSIS and GACC data). Until 7 December 2026 such a sentence was no claim.
/// </summary>
public sealed class FigurelessClaimTests : IClassFixture<SuperlativeClaimTests.ThreePairs>
{
    private readonly SuperlativeClaimTests.ThreePairs _store;

    public FigurelessClaimTests(SuperlativeClaimTests.ThreePairs store) => _store = store;

    [Theory]
    [InlineData("China-Russia trade hit a record in 2024, according to Chinese customs.", ClaimVerdict.Accurate)] // above 2023's $240.1 bn
    [InlineData("中俄贸易额2024年创历史新高。", ClaimVerdict.Accurate)]
    [InlineData("В 2023 году товарооборот России и Китая достиг рекордного уровня.", ClaimVerdict.Accurate)] // above 2022's $190.3 bn
    [InlineData("China-Russia trade hit a record in 2020.", ClaimVerdict.Inaccurate)] // 2020 fell 2.9%: 2019 was higher
    public void When_a_record_is_stated_without_a_figure_then_it_is_the_claim(string sentence, ClaimVerdict verdict)
    {
        var claim = Single(sentence);

        Assert.Equal(verdict, claim.Verdict);
        Assert.Null(claim.Stated.Amount);
        Assert.Equal(ClaimQuantity.Level, claim.Question!.Quantity);
        Assert.Equal(verdict == ClaimVerdict.Accurate, claim.Evidence!.Record!.Holds);
    }

    [Theory]
    [InlineData("Trade between China and Russia rose for a fourth straight year in 2024, customs data showed.", ClaimVerdict.Accurate)] // 2020 fell
    [InlineData("Товарооборот России и Китая в 2024 году вырос четвертый год подряд.", ClaimVerdict.Accurate)]
    [InlineData("China-Russia trade rose for a fifth straight year in 2023.", ClaimVerdict.Inaccurate)] // 2020 fell
    [InlineData("China-Russia trade declined for the first time since 2020 in 2024.", ClaimVerdict.Inaccurate)] // 2024 rose 1.9%
    [InlineData("South Korea's exports to China fell for the first time in three years in 2019.", ClaimVerdict.Accurate)] // 2017, 2018 rose; 2016 fell
    [InlineData("U.S. exports to China in 2019 were the lowest since 2010.", ClaimVerdict.Inaccurate)] // 2011: $104.1 bn
    [InlineData("2019年中美贸易额为2016年以来最低。", ClaimVerdict.Accurate)]
    public void When_a_run_or_superlative_is_stated_without_a_figure_then_it_is_the_claim(string sentence, ClaimVerdict verdict)
    {
        var claim = Single(sentence);

        Assert.Equal(verdict, claim.Verdict);
        Assert.Equal((null, null), (claim.Stated.Amount, claim.Stated.Growth));
        Assert.Equal(claim.Stated.Superlative!.Kind.IsOfLevel() ? ClaimQuantity.Level : ClaimQuantity.Growth, claim.Question!.Quantity);
        Assert.Equal(verdict == ClaimVerdict.Accurate, claim.Evidence!.Superlative!.Holds);
    }

    [Theory]
    [InlineData("China-Russia trade fell in 2020, customs data showed.", ClaimVerdict.Accurate)] // -2.9 % as published
    [InlineData("Trade between China and Russia rose in 2020.", ClaimVerdict.Inaccurate)]
    [InlineData("В 2020 году товарооборот России и Китая снизился.", ClaimVerdict.Accurate)]
    [InlineData("U.S. imports from China fell in 2019 as tariffs took hold.", ClaimVerdict.Accurate)] // -16.6 %
    [InlineData("South Korea's exports to China rose in 2019.", ClaimVerdict.Inaccurate)] // -16.0 %
    [InlineData("China-Russia trade fell last year.", ClaimVerdict.Inaccurate)] // 2024 (article 2025-03-01): +1.9 %
    [InlineData("The U.S. trade deficit with China narrowed in 2019.", ClaimVerdict.Accurate)] // $418.2 bn → $342.6 bn
    [InlineData("The U.S. trade deficit with China widened in 2019.", ClaimVerdict.Inaccurate)]
    [InlineData("2019年中方对美贸易顺差同比收窄。", ClaimVerdict.Accurate)] // from the US side
    [InlineData("Дефицит США в торговле с Китаем в 2018 году вырос.", ClaimVerdict.Accurate)] // $375.2 bn → $418.2 bn
    public void When_a_rise_or_fall_is_stated_without_a_rate_then_the_sign_of_the_change_on_a_year_earlier_judges_it(string sentence, ClaimVerdict verdict)
    {
        var claim = Single(sentence);

        Assert.Equal(verdict, claim.Verdict);
        Assert.Equal(ClaimQuantity.Growth, claim.Question!.Quantity);
        Assert.NotNull(claim.Evidence!.GrowthPercent);
        Assert.Equal(claim.Stated.Direction!.Direction == ChangeDirection.Rise, claim.Evidence.GrowthPercent > 0 == (verdict == ClaimVerdict.Accurate));
    }

    [Fact]
    public void When_the_change_on_a_year_earlier_is_not_stored_then_a_stated_direction_says_so()
    {
        // KOSIS's bundled months start in January 2001: 2001 has no year before it stored, and no rate was printed.
        var claim = Single("South Korea's exports to China rose in 2001.");

        Assert.Equal(ClaimVerdict.NotVerifiable, claim.Verdict);
        Assert.Equal(new NoGrowthRate(Period.OfYear(2001), Period.OfYear(2000)), claim.Missing);
    }

    [Fact]
    public void When_a_figureless_superlative_cannot_be_checked_then_the_claim_says_why()
    {
        // China's customs' compilation starts in 2013: the years since 2010 are not all stored.
        var claim = Single("China-Russia trade reached its highest level since 2010 in 2014.");

        Assert.Equal(ClaimVerdict.NotVerifiable, claim.Verdict);
        var why = Assert.IsType<FigurelessCheckNotMade>(claim.Missing);
        Assert.Equal(Period.OfYear(2012), Assert.IsType<SuperlativeNotChecked>(why.Why).Missing);
    }

    private CheckedClaim Single(string sentence) =>
        Assert.Single(new ClaimCheckQuery(_store.Store).Run(new ClaimCheckRequest(sentence, new DateOnly(2026, 11, 28)) { ArticleDate = new DateOnly(2025, 3, 1) }).Value.Claims);
}
