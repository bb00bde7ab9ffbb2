using Turnover.Analytics.Targets;
using Turnover.Claims;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Application.Tests;

/// <summary>An amount over several years is judged on the sum of their stored figures (bundled China–Russia data).</summary>
public sealed class SeveralYearsClaimTests : IClassFixture<ClaimCheckQueryTests.ChinaRussiaStore>
{
    private readonly ClaimCheckQueryTests.ChinaRussiaStore _store;

    public SeveralYearsClaimTests(ClaimCheckQueryTests.ChinaRussiaStore store) => _store = store;

    [Theory]
    [InlineData("Trade between China and Russia totalled $900 billion in 2019-2023.", ClaimVerdict.Inaccurate)]
    [InlineData("Trade between China and Russia totalled $796 billion in 2019-2023.", ClaimVerdict.Accurate)]
    [InlineData("Trade between China and Russia totalled more than $790 billion in 2019-2023.", ClaimVerdict.AccurateWithinRounding)]
    [InlineData("Товарооборот России и Китая за 2019–2023 годы составил 795,8 млрд долларов.", ClaimVerdict.Accurate)]
    [InlineData("2019年至2023年中俄贸易总额为7958亿美元。", ClaimVerdict.Accurate)]
    public void When_an_amount_is_over_several_years_then_it_is_judged_on_their_stored_sum(string sentence, ClaimVerdict verdict)
    {
        // It was "not verifiable: a sum of years is not judged" (and before that, one year's figure against the sum).
        var claim = Single(sentence, new DateOnly(2024, 3, 1));

        Assert.Equal(verdict, claim.Verdict);
        Assert.Equal([2019, 2020, 2021, 2022, 2023], claim.Evidence!.SummedYears.Select(y => y.Year));
        Assert.Equal(110_750_000_000m + 107_760_000_000m + 146_887_000_000m + 190_271_000_000m + 240_110_000_000m, claim.Evidence.ValueUsd);
        Assert.Equal(claim.Evidence.SummedYears.Sum(y => y.ValueUsd), claim.Evidence.ValueUsd);
        Assert.Equal((Period.OfYear(2023), (int?)2019), (claim.Question!.Period!.Value, claim.Question.FromYear));
    }

    [Fact]
    public void When_a_year_of_the_sum_is_not_stored_then_the_claim_is_not_verifiable_and_names_it()
    {
        var claim = Single("Trade between China and Russia totalled $1 trillion in 2019-2025.", new DateOnly(2026, 3, 1));

        Assert.Equal(ClaimVerdict.NotVerifiable, claim.Verdict);
        Assert.Equal(Period.OfYear(2025), Assert.IsType<FigureNotStored>(claim.Missing).Period);
    }

    [Fact]
    public void When_a_summed_year_is_a_suspect_level_then_an_agreeing_sum_says_it_rests_on_it()
    {
        // China's 2015 ($64.2 bn) is contradicted by its publisher's own printed rates on both sides.
        var claim = Single("Trade between China and Russia totalled $229 billion in 2014-2016.", new DateOnly(2017, 3, 1));

        Assert.Equal(ClaimVerdict.Accurate, claim.Verdict);
        Assert.Equal(Period.OfYear(2015), Assert.Single(claim.Evidence!.Notes.OfType<JudgedOnSuspectLevel>()).Level.Period);
    }

    [Fact]
    public void When_a_sum_missing_by_far_includes_a_suspect_level_then_it_is_not_judged_on_it()
    {
        var claim = Single("Trade between China and Russia totalled $260 billion in 2014-2016.", new DateOnly(2017, 3, 1));

        Assert.Equal(ClaimVerdict.NotVerifiable, claim.Verdict);
        Assert.Equal(Period.OfYear(2015), Assert.IsType<StoredLevelSuspect>(claim.Missing).Level.Period);
    }

    [Fact]
    public void When_a_cumulative_goal_over_several_years_is_stated_then_it_is_judged_as_a_cumulative_target()
    {
        // 2020–2023 came to $685.028 bn: a $700 bn goal was missed (it was "not verifiable").
        var claim = Single("Russia and China aim for cumulative trade of $700 billion over 2020-2023.", new DateOnly(2021, 6, 1));

        Assert.Equal(ClaimVerdict.Inaccurate, claim.Verdict);
        var target = claim.Outlook!.Target;
        Assert.Equal((TargetBasis.Cumulative, 2020, 2023, 700_000_000_000m), (target.Basis, target.FromYear, target.DeadlineYear, target.AmountUsd));
        Assert.Equal((TargetVerdict.Missed, (decimal?)685_028_000_000m), (claim.Outlook.Today.Verdict, claim.Outlook.Today.OutcomeUsd));
        Assert.Null(claim.Outlook.Outcome);
    }

    [Fact]
    public void When_a_sum_is_expected_to_stay_under_an_amount_then_the_sum_is_judged_against_the_bound()
    {
        var claim = Single("Trade between China and Russia is expected to total less than $600 billion in 2020-2023.", new DateOnly(2021, 6, 1));

        Assert.Equal((ClaimVerdict.Inaccurate, (decimal?)685_028_000_000m), (claim.Verdict, claim.Evidence!.ValueUsd));
        Assert.Null(claim.Outlook);
    }

    [Fact]
    public void When_the_sum_is_in_another_currency_then_it_is_not_converted()
    {
        // Each year would need its own rate.
        var claim = Single("2019年至2023年中俄贸易总额为50000亿元。", new DateOnly(2024, 3, 1));

        Assert.Equal(ClaimVerdict.NotVerifiable, claim.Verdict);
        Assert.Equal(UnreadPeriodKind.SeveralYears, Assert.IsType<PeriodNotComparable>(claim.Missing).Period.Kind);
    }

    private CheckedClaim Single(string sentence, DateOnly articleDate) =>
        Assert.Single(new ClaimCheckQuery(_store.Store).Run(new ClaimCheckRequest(sentence, new DateOnly(2026, 11, 28)) { ArticleDate = articleDate }).Value.Claims);
}
