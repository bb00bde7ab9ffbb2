using Turnover.Analytics.Targets;
using Turnover.Claims;
using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// Goals and projections stated as growth by a year ("to double trade by 2024"), checked against the bundled China–Russia
/// compilation (China's customs): judged as the amount that growth gives on its base year. They were judged on the
/// deadline year's own year-on-year rate ("inaccurate: growth +1.9% against +100% stated").
/// </summary>
public sealed class GrowthGoalClaimTests : IClassFixture<ClaimCheckQueryTests.ChinaRussiaStore>
{
    private static readonly DateOnly s_today = new(2026, 11, 28);
    private static readonly DateOnly s_article = new(2019, 6, 5);
    private readonly ClaimCheckQueryTests.ChinaRussiaStore _store;

    public GrowthGoalClaimTests(ClaimCheckQueryTests.ChinaRussiaStore store) => _store = store;

    private static Country China => CountryCatalog.Default.Resolve("CHN").GetValueOrThrow();

    private static Country Russia => CountryCatalog.Default.Resolve("RUS").GetValueOrThrow();

    [Theory]
    [InlineData("Russia and China plan to double trade by 2024.")]
    [InlineData("Россия и Китай планируют удвоить товарооборот к 2024 году.")]
    [InlineData("中俄两国计划到2024年将贸易额翻一番。")]
    public void When_a_goal_is_to_double_by_a_year_then_it_is_judged_as_twice_the_latest_year_published_by_the_article(string sentence)
    {
        // By 2019-06-05 China's customs had published 2018: $107.06 bn. Twice that, $214.12 bn, was passed by January to
        // November 2023 ($218.17 bn).
        var claim = Single(_store.Store, sentence);

        Assert.Equal(ClaimVerdict.Accurate, claim.Verdict);
        Assert.Equal((214_120_000_000m, 2024, false), (claim.Outlook!.Target.AmountUsd, claim.Outlook.Target.DeadlineYear, claim.Outlook.Registered));
        Assert.Equal((TargetVerdict.Met, Period.Month(2023, 11)), (claim.Outlook.Today.Verdict, claim.Outlook.Today.MetIn));
        var note = new AmountFromGrowth(Period.OfYear(2018), 107_060_000_000m, China, s_article, 100m, null, 214_120_000_000m, BaseNamed: false);
        Assert.Equal(note, Assert.Single(claim.Notes));
    }

    [Fact]
    public void When_a_goal_names_its_base_year_then_that_years_figure_is_grown()
    {
        // 2016: $69.525 bn; twice that, $139.05 bn, was passed in 2021 ($146.887 bn).
        var claim = Single(_store.Store, "Russia and China plan to double trade from 2016 levels by 2024.");

        var note = Assert.IsType<AmountFromGrowth>(Assert.Single(claim.Notes));
        Assert.Equal((Period.OfYear(2016), 69_525_000_000m, true), (note.Base, note.BaseUsd, note.BaseNamed));
        Assert.Equal((139_050_000_000m, ClaimVerdict.Accurate, Period.Month(2021, 12)), (claim.Outlook!.Target.AmountUsd, claim.Verdict, claim.Outlook.Today.MetIn));
    }

    [Fact]
    public void When_a_goal_is_a_yearly_rate_by_a_year_then_it_compounds_from_the_base_to_the_deadline()
    {
        // 1.1^6 × $107.06 bn = $189.663 bn, passed in 2022 ($190.271 bn).
        var claim = Single(_store.Store, "Russia and China plan to increase trade by 10% a year by 2024.");

        var note = Assert.IsType<AmountFromGrowth>(Assert.Single(claim.Notes));
        Assert.Equal((6, 189_663m), (note.Years, Math.Round(note.AmountUsd / 1_000_000m)));
        Assert.Equal((ClaimVerdict.Accurate, Period.Month(2022, 12)), (claim.Verdict, claim.Outlook!.Today.MetIn));
    }

    [Fact]
    public void When_the_growth_is_the_deadline_years_own_then_it_is_judged_as_that_years_rate()
    {
        // Said on 2022-12-30 with 2021 the latest year: the rate of 2022 itself (+29.3% as published), not a goal.
        var claim = Single(_store.Store, "Trade between Russia and China is expected to grow by 25% by the end of 2022.", new DateOnly(2022, 12, 30));

        Assert.Null(claim.Outlook);
        Assert.Equal((ClaimVerdict.Inaccurate, 29.3m), (claim.Verdict, claim.Evidence!.GrowthPercent));
    }

    [Fact]
    public void When_the_sides_own_statistics_hold_no_base_year_then_the_other_sides_count_gives_it_and_the_note_says_so()
    {
        // Russia's own figures of its exports to China start after 2018; China's imports from Russia in 2018: $59.08 bn.
        using var store = Stores.With(Stores.ChinaRussia, RepoPaths.Data("mirror", "russia_side_china_trade.csv"));

        var claim = Single(store, "Russia's exports to China will double by 2024, officials said.");

        var note = Assert.IsType<AmountFromGrowth>(Assert.Single(claim.Notes));
        Assert.Equal((China, Russia, 59_080_000_000m), (note.Reporter, note.Lacking, note.BaseUsd));
        Assert.Equal((118_160_000_000m, ClaimVerdict.Accurate), (claim.Outlook!.Target.AmountUsd, claim.Verdict));
        Assert.Equal(China, claim.Outlook.Today.Reporter);
    }

    [Fact]
    public void When_the_store_stops_years_before_the_article_then_the_base_is_not_known_and_not_guessed()
    {
        // US Census monthly figures end in 2019: in 2024 the latest year the speaker had was not 2019.
        using var store = Stores.With(Stores.UsChina);
        var usa = CountryCatalog.Default.Resolve("USA").GetValueOrThrow();

        var claim = Single(store, "China and the United States plan to double trade by 2030.", new DateOnly(2024, 5, 16));

        Assert.Equal(ClaimVerdict.NotVerifiable, claim.Verdict);
        Assert.Equal(new GoalBaseNotStored(usa, Measure.Turnover, null, Period.OfYear(2019), 2030, new DateOnly(2024, 5, 16)), claim.Missing);
    }

    [Fact]
    public void When_a_projection_is_a_fall_by_a_year_then_it_is_not_judged_as_an_amount_to_reach()
    {
        var claim = Single(_store.Store, "Trade between Russia and China is expected to fall 20% by 2030.");

        Assert.Equal((ClaimVerdict.NotVerifiable, (UnverifiableReason)new FallingGoal("20%")), (claim.Verdict, claim.Missing));
    }

    private static CheckedClaim Single(Turnover.Store.TradeStore store, string sentence, DateOnly? articleDate = null) =>
        Assert.Single(new ClaimCheckQuery(store).Run(new ClaimCheckRequest(sentence, s_today) { ArticleDate = articleDate ?? s_article }).Value.Claims);
}
