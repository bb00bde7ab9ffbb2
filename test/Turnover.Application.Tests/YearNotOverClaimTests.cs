using Turnover.Core;

namespace Turnover.Application.Tests;

/// <summary>
/// A fact of the article's own year, not over when it was written, is of the year so far: judged on the latest
/// January-to-date figure published by the article's date (bundled GACC data). Until 8 December 2026 it was judged on
/// the whole year's figure, published months after the text.
/// </summary>
public sealed class YearNotOverClaimTests : IClassFixture<SuperlativeClaimTests.ThreePairs>
{
    private static readonly DateOnly s_june2024 = new(2024, 6, 15);
    private readonly SuperlativeClaimTests.ThreePairs _store;

    public YearNotOverClaimTests(SuperlativeClaimTests.ThreePairs store) => _store = store;

    [Theory]
    [InlineData("China-Russia trade rose 5% this year.", ClaimVerdict.Inaccurate, ClaimVerdict.Inaccurate)] // January–May 2024: +2.9 % as published (the whole year +1.9 %)
    [InlineData("In 2024, trade between China and Russia reached $100 billion.", ClaimVerdict.RoughlyAccurate, ClaimVerdict.Inaccurate)] // January–May: $96.5 bn (the whole year $244.8 bn)
    [InlineData("China-Russia trade fell this year.", ClaimVerdict.Inaccurate, ClaimVerdict.Inaccurate)]
    [InlineData("China-Russia trade hit a record this year.", ClaimVerdict.Accurate, ClaimVerdict.Accurate)] // above January–May 2023's $93.8 bn, and 2023's $240.1 bn
    public void When_a_fact_is_of_the_articles_own_year_then_it_is_judged_on_the_year_so_far(string sentence, ClaimVerdict verdict, ClaimVerdict onWholeYear)
    {
        var claim = Single(sentence, s_june2024);

        Assert.Equal(verdict, claim.Verdict);
        Assert.Equal(Period.Span(2024, 1, 5), claim.Evidence!.Period);
        Assert.True(Assert.Single(claim.Notes.OfType<YearSoFarThrough>()).YearNotOver);
        var later = Assert.Single(claim.Notes.OfType<WholeYearPublishedLater>());
        Assert.Equal((Period.OfYear(2024), onWholeYear, 244_819_000_000m), (later.Year, later.Verdict, later.ValueUsd));
    }

    [Fact]
    public void When_the_year_was_over_before_the_article_then_the_whole_year_judges_it()
    {
        var claim = Single("China-Russia trade rose 26.3% in 2023.", new DateOnly(2024, 1, 15));

        Assert.Equal(ClaimVerdict.Accurate, claim.Verdict);
        Assert.Equal(Period.OfYear(2023), claim.Evidence!.Period);
    }

    [Fact]
    public void When_a_forecast_is_of_the_articles_own_year_then_the_whole_year_judges_it()
    {
        var claim = Single("China-Russia trade will reach $250 billion this year.", s_june2024);

        Assert.Equal(ClaimVerdict.Inaccurate, claim.Verdict); // the whole year ended at $244.8 bn
        Assert.Equal(Period.OfYear(2024), claim.Stated.Period!.Period);
    }

    [Fact]
    public void When_nothing_of_the_year_was_published_by_the_article_then_the_claim_says_so()
    {
        // China's customs publish January–February in March: by 20 January 2024 nothing of 2024 was out.
        var claim = Single("China-Russia trade rose 5% this year.", new DateOnly(2024, 1, 20));

        Assert.Equal(ClaimVerdict.NotVerifiable, claim.Verdict);
        Assert.Equal(2024, Assert.IsType<YearSoFarNotPublished>(claim.Missing).Year);
    }

    private CheckedClaim Single(string sentence, DateOnly written) =>
        Assert.Single(new ClaimCheckQuery(_store.Store).Run(new ClaimCheckRequest(sentence, new DateOnly(2026, 11, 28)) { ArticleDate = written }).Value.Claims);
}
