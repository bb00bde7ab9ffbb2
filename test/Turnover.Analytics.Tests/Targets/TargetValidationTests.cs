using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Analytics.Tests.Targets;

public sealed class TargetValidationTests
{
    private static readonly Target s_valid = new(
        "cn-ru-200bn-2024", CountryCatalog.Default.FromCode(156), CountryCatalog.Default.FromCode(643), Measure.Turnover, 200e9m,
        TargetBasis.AnnualValue, 2019, 2024, null, "Medvedev and Li Keqiang", new DateOnly(2019, 9, 17), "https://www.scmp.com/", string.Empty);

    [Fact]
    public void When_a_target_is_well_formed_then_it_has_no_errors()
    {
        Assert.Empty(s_valid.Validate());
    }

    [Fact]
    public void When_the_deadline_is_before_the_announcement_then_it_is_refused()
    {
        Assert.Equal(["deadline 2018 is before the announcement on 2019-09-17", "first year 2019 is after the deadline year 2018"], (s_valid with { DeadlineYear = 2018 }).Validate());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void When_the_amount_is_not_positive_then_it_is_refused(int amount)
    {
        Assert.Contains($"amount {amount} should be positive", (s_valid with { AmountUsd = amount }).Validate());
    }

    [Fact]
    public void When_a_year_cannot_be_a_calendar_date_then_it_is_refused_before_any_date_is_made()
    {
        // A deadline of 99999 threw ArgumentOutOfRangeException out of 'target add'.
        Assert.Equal(["deadline 99999 should be between 1900 and 2200"], (s_valid with { DeadlineYear = 99999 }).Validate());
        Assert.Equal(["first year -5 should be between 1900 and 2200"], (s_valid with { FromYear = -5 }).Validate());
    }

    [Fact]
    public void When_the_amount_is_beyond_any_trade_then_it_is_refused()
    {
        // 1e20 reached the store, whose write failed with the database's cast error.
        Assert.Equal(
            ["amount 100000000000000000000 is beyond any trade between two countries (at most 1000000000000000 US dollars)"],
            (s_valid with { AmountUsd = 1e20m }).Validate());
    }

    [Fact]
    public void When_a_target_that_is_not_an_increment_has_a_baseline_then_it_is_refused()
    {
        Assert.Equal(
            ["a baseline year (2017) belongs to an increment target only: this one is annual, and the baseline would be ignored"],
            (s_valid with { BaselineYear = 2017 }).Validate());
    }

    [Fact]
    public void When_the_metric_is_a_balance_or_the_pair_is_one_country_then_it_is_refused()
    {
        Assert.Contains("metric should be turnover, exports or imports (a balance target is not supported)", (s_valid with { Metric = Measure.Balance }).Validate());
        Assert.Contains("the pair should be two different countries, not China twice", (s_valid with { Second = s_valid.First }).Validate());
    }

    [Fact]
    public void When_an_increment_target_lacks_a_proper_baseline_then_it_is_refused()
    {
        var increment = s_valid with { Basis = TargetBasis.Increment };

        Assert.Contains("an increment target needs a baseline year", increment.Validate());
        Assert.Contains("baseline year 2019 should precede the first counted year 2019", (increment with { BaselineYear = 2019 }).Validate());
        Assert.Empty((increment with { BaselineYear = 2017 }).Validate());
    }
}
