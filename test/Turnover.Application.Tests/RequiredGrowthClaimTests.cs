using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// A rate the text says a goal needs, checked against the bundled China–Russia compilation (China's customs): judged
/// against the rate from the latest full year published by the article's date (2023, $240.11 bn, by 1 February 2024) to
/// the goal. It was judged as a forecast of the goal ("not settled yet"), its rate never checked.
/// </summary>
public sealed class RequiredGrowthClaimTests : IClassFixture<ClaimCheckQueryTests.ChinaRussiaStore>
{
    private static readonly DateOnly s_today = new(2026, 12, 7);
    private static readonly DateOnly s_article = new(2024, 2, 1);
    private readonly ClaimCheckQueryTests.ChinaRussiaStore _store;

    public RequiredGrowthClaimTests(ClaimCheckQueryTests.ChinaRussiaStore store) => _store = store;

    [Theory]
    [InlineData("Trade between China and Russia would need to grow 10% a year to reach $300 billion by 2026.")]
    [InlineData("Чтобы выйти на $300 млрд к 2026 году, товарооборот России и Китая нужно наращивать на 10% в год.")]
    [InlineData("中俄贸易额要在2026年达到3000亿美元，年均需增长10%。")]
    public void When_a_needed_yearly_rate_is_too_high_then_it_is_inaccurate_against_the_compound_rate_from_the_latest_year(string sentence)
    {
        // (300 / 240.11)^(1/3) − 1 = +7.71% a year, 2.29 points under the 10% stated.
        var claim = Single(sentence);

        Assert.Equal(ClaimVerdict.Inaccurate, claim.Verdict);
        Assert.Null(claim.Outlook);
        Assert.Equal(ClaimQuantity.RequiredGrowth, claim.Question!.Quantity);
        var evidence = claim.Evidence!;
        Assert.Equal((Period.OfYear(2023), 240_110_000_000m, 7.71m, -2.29m), (evidence.Period, evidence.ValueUsd, evidence.GrowthPercent, evidence.DifferencePoints));
        Assert.Equal(new RequiredGrowthEvidence(300_000_000_000m, 2026, 3, Yearly: true, BaseNamed: false), evidence.Required);
        Assert.Equal(s_article, evidence.AsOf);
    }

    [Fact]
    public void When_a_needed_rate_rounds_to_the_one_stated_then_it_is_accurate_within_rounding()
    {
        // (300 / 240.11)^(1/7) − 1 = +3.23% a year: "3%" rounds it.
        var claim = Single("China-Russia trade needs to grow at an annual rate of 3% to hit $300 billion in 2030, the ministry said.");

        Assert.Equal((ClaimVerdict.AccurateWithinRounding, 3.23m), (claim.Verdict, claim.Evidence!.GrowthPercent));
    }

    [Fact]
    public void When_a_needed_rate_is_not_said_of_each_year_then_it_is_the_change_over_the_whole_span()
    {
        // 300 / 240.11 − 1 = +24.94%.
        var claim = Single("Trade between China and Russia would have to grow by 25% to reach $300 billion by 2030.");

        Assert.Equal((ClaimVerdict.AccurateWithinRounding, 24.94m, false), (claim.Verdict, claim.Evidence!.GrowthPercent, claim.Evidence.Required!.Yearly));
    }

    [Fact]
    public void When_a_needed_rate_names_no_goal_then_the_goal_just_before_it_is_used_and_a_note_says_so()
    {
        const string goal = "China and Russia aim to raise bilateral trade to $300 billion by 2030.";
        var claims = Run(goal + " To reach that goal, trade between the two countries would have to grow by 3.6% a year.");

        var needed = claims[1];
        Assert.Equal((ClaimVerdict.RoughlyAccurate, 3.23m), (needed.Verdict, needed.Evidence!.GrowthPercent));
        Assert.Null(needed.Stated.Amount);
        Assert.Contains(new GoalOfNeededRate(300_000_000_000m, Period.OfYear(2030), goal), needed.Notes);
        Assert.NotNull(claims[0].Outlook);
    }

    [Theory]
    [InlineData("Россия и Китай ставят задачу довести товарооборот до $300 млрд к 2030 году.", "Для этого товарооборот должен расти примерно на 3% в год.", ClaimVerdict.AccurateWithinRounding)]
    [InlineData("中俄两国力争到2030年将双边贸易额提升至3000亿美元。", "为此，双边贸易需保持年均3.5%左右的增长。", ClaimVerdict.RoughlyAccurate)]
    public void When_a_needed_rate_points_back_to_the_goal_in_russian_or_chinese_then_that_goal_is_used(string goal, string rate, ClaimVerdict verdict)
    {
        var needed = Run(goal + " " + rate)[1];

        Assert.Equal((verdict, 3.23m), (needed.Verdict, needed.Evidence!.GrowthPercent));
        Assert.Contains(new GoalOfNeededRate(300_000_000_000m, Period.OfYear(2030), goal), needed.Notes);
    }

    [Fact]
    public void When_a_rate_is_forecast_with_the_goal_then_the_goal_is_judged_as_a_target_as_before()
    {
        var claim = Single("Trade between China and Russia is expected to grow 10% a year to reach $300 billion by 2026.");

        Assert.NotNull(claim.Outlook);
        Assert.Null(claim.Evidence?.Required);
    }

    [Fact]
    public void When_the_goals_year_was_published_by_the_article_then_no_rate_is_computed_and_the_goal_is_judged()
    {
        // By 1 February 2025 the whole of 2024 was out ($244.8 bn): no rate to it was still needed.
        var claim = Single("Trade between China and Russia would need to grow 10% a year to reach $300 billion by 2024.", new DateOnly(2025, 2, 1));

        Assert.Null(claim.Evidence?.Required);
        Assert.Equal(ClaimVerdict.Inaccurate, claim.Verdict);
        Assert.NotNull(claim.Outlook);
    }

    [Fact]
    public void When_the_sides_own_statistics_hold_no_base_year_then_the_other_sides_count_gives_it_and_a_note_says_so()
    {
        // Russia's own figures of its exports start in 2024; China's imports from Russia in 2023: $129.1 bn.
        // (200 / 129.1)^(1/7) − 1 = +6.45% a year.
        using var store = Stores.With(Stores.ChinaRussia, RepoPaths.Data("mirror", "russia_side_china_trade.csv"));
        var china = CountryCatalog.Default.Resolve("CHN").GetValueOrThrow();
        var russia = CountryCatalog.Default.Resolve("RUS").GetValueOrThrow();

        var claim = Assert.Single(new ClaimCheckQuery(store).Run(new ClaimCheckRequest("Russia's exports to China would need to grow 10% a year to reach $200 billion by 2030.", s_today) { ArticleDate = s_article }).Value.Claims);

        Assert.Equal((ClaimVerdict.Inaccurate, china, 129_100_000_000m, 6.45m), (claim.Verdict, claim.Evidence!.Reporter, claim.Evidence.ValueUsd, claim.Evidence.GrowthPercent));
        Assert.Contains(new PeriodOnlyOnOtherSide(russia, china), claim.Evidence.Notes);
    }

    private IReadOnlyList<CheckedClaim> Run(string text, DateOnly? article = null) =>
        new ClaimCheckQuery(_store.Store).Run(new ClaimCheckRequest(text, s_today) { ArticleDate = article ?? s_article }).Value.Claims;

    private CheckedClaim Single(string sentence, DateOnly? article = null) => Assert.Single(Run(sentence, article));
}
