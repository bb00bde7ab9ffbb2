using Turnover.Claims;
using Turnover.Core;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>A superlative since a year is checked against every year between (bundled US Census, KOSIS and GACC data).</summary>
public sealed class SuperlativeClaimTests : IClassFixture<SuperlativeClaimTests.ThreePairs>
{
    private readonly ThreePairs _store;

    public SuperlativeClaimTests(ThreePairs store) => _store = store;

    [Theory]
    [InlineData("Korea-China trade fell to $243.4 billion in 2019, its first decline since 2016.", ClaimVerdict.Accurate, true)] // 2017, 2018 rose; 2016 fell
    [InlineData("2019年中韩贸易额为2434亿美元，为2016年以来首次下降。", ClaimVerdict.Accurate, true)]
    [InlineData("U.S. imports from China fell 16.6% in 2019 to $449.1 billion, the biggest drop since 2009.", ClaimVerdict.Accurate, true)]
    [InlineData("Korea-China trade fell to $243.4 billion in 2019, its first decline since 2015.", ClaimVerdict.Inaccurate, false)] // 2016 fell too
    [InlineData("U.S. exports to China dropped to $106.5 billion in 2019, the lowest level since 2010.", ClaimVerdict.Inaccurate, false)] // 2011: $104.1 bn
    [InlineData("China-Russia trade rose 1.9% to $244.8 billion in 2024, its fourth consecutive year of growth.", ClaimVerdict.Accurate, true)] // 2020 fell
    [InlineData("In 2024, China-Russia trade grew for the fifth year in a row, reaching $244.8 billion.", ClaimVerdict.Inaccurate, false)] // 2020 fell
    [InlineData("China-Russia trade rose 1.9% to $244.8 billion in 2024, its third consecutive year of growth.", ClaimVerdict.Inaccurate, false)] // 2021 rose too: the fourth
    [InlineData("China-Russia trade fell 2.9% in 2020 but still exceeded $100 billion for the third year running.", ClaimVerdict.AccurateWithinRounding, true)] // 2018, 2019 above; 2017 $84.1 bn
    [InlineData("China-Russia trade exceeded $100 billion in 2020 for the fourth consecutive year.", ClaimVerdict.Inaccurate, false)] // 2017 was $84.1 bn
    [InlineData("China-Russia trade exceeded $100 billion in 2019 for the third year in a row.", ClaimVerdict.Inaccurate, false)] // the same
    [InlineData("2024年中俄贸易额连续第二年突破2000亿美元。", ClaimVerdict.AccurateWithinRounding, true)] // 2023 $240.1 bn; 2022 $190.3 bn
    [InlineData("South Korea's exports to China fell 12.3 percent in November 2019, declining for the 13th straight month.", ClaimVerdict.Accurate, true)] // KOSIS: 2018-11 to 2019-11 fell; 2018-10 rose
    [InlineData("South Korea's exports to China fell 12.3 percent in November 2019, declining for the 12th straight month.", ClaimVerdict.Inaccurate, false)] // 2018-11 fell too: the 13th
    [InlineData("South Korea's exports to China fell 12.3 percent in November 2019, declining for the 14th straight month.", ClaimVerdict.Inaccurate, false)] // 2018-10 rose
    public void When_a_figure_is_called_a_superlative_since_a_year_then_every_year_between_is_checked(string sentence, ClaimVerdict verdict, bool holds)
    {
        // The superlative was not read: a false one passed with the figure.
        var claim = Single(sentence, new DateOnly(2025, 3, 1));

        Assert.Equal(verdict, claim.Verdict);
        Assert.Equal(holds, claim.Evidence!.Superlative!.Holds);
    }

    [Theory]
    [InlineData("U.S. exports to China dropped to $106.5 billion in 2019.\nIt was the lowest level since 2010.", ClaimVerdict.Inaccurate, false)] // 2011: $104.1 bn
    [InlineData("Korea-China trade fell to $243.4 billion in 2019.\nThis was its first decline since 2016.", ClaimVerdict.Accurate, true)]
    public void When_a_sentence_without_a_figure_calls_the_fact_before_a_superlative_then_it_is_checked(string text, ClaimVerdict verdict, bool holds)
    {
        // Until 7 December 2026 the second sentence was not read: the false superlative passed.
        var claim = Single(text, new DateOnly(2020, 3, 1));

        Assert.Equal(verdict, claim.Verdict);
        Assert.Equal(holds, claim.Evidence!.Superlative!.Holds);
    }

    [Fact]
    public void When_a_superlative_breaks_then_the_latest_year_that_breaks_it_is_named()
    {
        var check = Single("U.S. exports to China dropped to $106.5 billion in 2019, the lowest level since 2010.", new DateOnly(2020, 3, 1)).Evidence!.Superlative!;

        Assert.Equal((SuperlativeKind.Lowest, Period.OfYear(2010), 8, (Period?)Period.OfYear(2011)), (check.Kind, check.Since, check.Compared, check.Breaking));
        Assert.True(check.BreakingFigure < check.Figure);
        Assert.NotNull(check.SinceFigure);
    }

    [Fact]
    public void When_a_run_above_an_amount_breaks_then_the_year_below_it_and_the_amount_are_named()
    {
        var check = Single("China-Russia trade exceeded $100 billion in 2020 for the fourth consecutive year.", new DateOnly(2021, 3, 1)).Evidence!.Superlative!;

        Assert.Equal((SuperlativeKind.AboveStreak, Period.OfYear(2016), (Period?)Period.OfYear(2017), (decimal?)100_000_000_000m), (check.Kind, check.Since, check.Breaking, check.ThresholdUsd));
        Assert.True(check.BreakingFigure < check.ThresholdUsd);
    }

    [Fact]
    public void When_a_first_fall_is_not_a_fall_then_it_does_not_hold()
    {
        // 2018 rose: "its first decline since 2016" is false of it, though 2017 between rose.
        var claim = Single("Korea-China trade reached $268.6 billion in 2018, its first decline since 2016.", new DateOnly(2019, 3, 1));

        Assert.Equal(ClaimVerdict.Inaccurate, claim.Verdict);
        Assert.Null(claim.Evidence!.Superlative!.Breaking);
    }

    [Fact]
    public void When_a_year_between_is_not_stored_then_the_superlative_is_not_checked_and_says_which()
    {
        // China's customs' compilation starts in 2013.
        var claim = Single("2016年中俄贸易额为695亿美元，创2010年以来新低。", new DateOnly(2017, 3, 1));

        Assert.Equal(ClaimVerdict.Accurate, claim.Verdict);
        Assert.Null(claim.Evidence!.Superlative);
        Assert.Equal(Period.OfYear(2012), Assert.Single(claim.Evidence.Notes.OfType<SuperlativeNotChecked>()).Missing);
    }

    private CheckedClaim Single(string sentence, DateOnly articleDate) =>
        Assert.Single(new ClaimCheckQuery(_store.Store).Run(new ClaimCheckRequest(sentence, new DateOnly(2026, 11, 28)) { ArticleDate = articleDate }).Value.Claims);

    public sealed class ThreePairs : IDisposable
    {
        public TradeStore Store { get; } = Stores.With(Stores.UsChina, RepoPaths.Data("national", "kosis_korea_china_monthly.csv"), Stores.ChinaRussia);

        public void Dispose() => Store.Dispose();
    }
}
