using Turnover.Claims;

namespace Turnover.Application.Tests;

/// <summary>The verdict thresholds on hand-made numbers: levels in US dollars, growth in points.</summary>
public sealed class ClaimJudgeTests
{
    [Theory]
    [InlineData(190.271, 190.27, 0.005, Bound.Exact, ClaimVerdict.Accurate)]
    [InlineData(190.271, 190, 0.5, Bound.Exact, ClaimVerdict.AccurateWithinRounding)]
    [InlineData(190.271, 185, 0.5, Bound.Exact, ClaimVerdict.RoughlyAccurate)]
    [InlineData(190.271, 170, 0.5, Bound.Exact, ClaimVerdict.Inaccurate)]
    [InlineData(190.271, 150, 5, Bound.MoreThan, ClaimVerdict.AccurateWithinRounding)]
    [InlineData(190.271, 195, 0.5, Bound.MoreThan, ClaimVerdict.Inaccurate)] // the wrong side, however close
    [InlineData(190.271, 190.5, 0.5, Bound.MoreThan, ClaimVerdict.AccurateWithinRounding)] // below, but within the text's rounding
    [InlineData(190.271, 191, 0.5, Bound.AtLeast, ClaimVerdict.Inaccurate)]
    [InlineData(190.271, 185, 0.5, Bound.LessThan, ClaimVerdict.Inaccurate)]
    [InlineData(190.271, 189, 0.5, Bound.UpTo, ClaimVerdict.Inaccurate)]
    [InlineData(190.271, 185, 0.5, Bound.About, ClaimVerdict.RoughlyAccurate)]
    [InlineData(190.271, 250, 5, Bound.MoreThan, ClaimVerdict.Inaccurate)]
    [InlineData(190.271, 195, 0.5, Bound.Nearly, ClaimVerdict.AccurateWithinRounding)]
    [InlineData(190.271, 185, 0.5, Bound.Nearly, ClaimVerdict.RoughlyAccurate)]
    [InlineData(190.271, 200, 0.5, Bound.Nearly, ClaimVerdict.Inaccurate)]
    [InlineData(190.271, 200, 5, Bound.LessThan, ClaimVerdict.AccurateWithinRounding)]
    public void When_a_level_is_compared_then_the_bound_and_the_thresholds_decide(double stored, double stated, double rounding, Bound bound, ClaimVerdict expected)
    {
        Assert.Equal(expected, ClaimJudge.Level((decimal)stored * 1e9m, (decimal)stated * 1e9m, (decimal)rounding * 1e9m, bound, ClaimThresholds.Default));
    }

    [Theory]
    [InlineData(29.3, 29.3, 0.05, ClaimVerdict.Accurate)]
    [InlineData(29.3, 29, 0.5, ClaimVerdict.AccurateWithinRounding)]
    [InlineData(29.3, 28, 0.5, ClaimVerdict.RoughlyAccurate)]
    [InlineData(29.3, 25, 0.5, ClaimVerdict.Inaccurate)]
    public void When_a_growth_rate_is_compared_then_points_decide(double stored, double stated, double rounding, ClaimVerdict expected)
    {
        Assert.Equal(expected, ClaimJudge.Growth((decimal)stored, (decimal)stated, (decimal)rounding, Bound.Exact, ClaimThresholds.Default));
    }

    [Theory]
    [InlineData(-27.8, -25, 0.5, Bound.MoreThan, ClaimVerdict.AccurateWithinRounding)] // "fell by more than 25%": it was inaccurate
    [InlineData(-22, -25, 0.5, Bound.MoreThan, ClaimVerdict.Inaccurate)] // a smaller fall, however close
    [InlineData(-27.8, -30, 0.5, Bound.LessThan, ClaimVerdict.AccurateWithinRounding)]
    [InlineData(-31, -30, 0.5, Bound.LessThan, ClaimVerdict.Inaccurate)]
    [InlineData(-2.9, -3, 0.5, Bound.Nearly, ClaimVerdict.AccurateWithinRounding)]
    [InlineData(-4.9, -3, 0.5, Bound.Nearly, ClaimVerdict.RoughlyAccurate)] // "nearly 3%" held for a fall of 4.9%: accurate within rounding
    public void When_a_fall_has_a_bound_then_the_bound_is_on_its_size(double stored, double stated, double rounding, Bound bound, ClaimVerdict expected)
    {
        Assert.Equal(expected, ClaimJudge.Growth((decimal)stored, (decimal)stated, (decimal)rounding, bound, ClaimThresholds.Default));
    }

    [Theory]
    [InlineData(-6, -5, Bound.MoreThan, ClaimVerdict.AccurateWithinRounding)] // "fell by more than $5 billion"
    [InlineData(-4, -5, Bound.MoreThan, ClaimVerdict.Inaccurate)]
    [InlineData(-4, -5, Bound.UpTo, ClaimVerdict.AccurateWithinRounding)]
    public void When_a_change_is_a_fall_with_a_bound_then_the_bound_is_on_its_size(double stored, double stated, Bound bound, ClaimVerdict expected)
    {
        Assert.Equal(expected, ClaimJudge.Level((decimal)stored * 1e9m, (decimal)stated * 1e9m, 0.05m * 1e9m, bound, ClaimThresholds.Default));
    }

    [Theory]
    [InlineData(156.947, 150, 5, 10, ClaimVerdict.RoughlyAccurate)] // ×2.57 for ×2.5 over ten years: the level within 5%
    [InlineData(156.947, 140, 5, 10, ClaimVerdict.Inaccurate)] // ×2.4: the level 6.6% off
    [InlineData(156.947, 150, 5, 1, ClaimVerdict.Inaccurate)] // in one year the 2 points hold
    [InlineData(25, 20, 0.5, 2, ClaimVerdict.RoughlyAccurate)] // 6.25 points over two years
    [InlineData(10, 7, 0.5, 3, ClaimVerdict.RoughlyAccurate)] // never less than 2 points: 5.5 here
    [InlineData(-60, -55, 0.5, 5, ClaimVerdict.Inaccurate)] // a fall to 40% of the level: 2 points, its 5% being less
    public void When_a_growth_rate_runs_over_several_years_then_the_level_it_gives_decides_roughly(double stored, double stated, double rounding, int years, ClaimVerdict expected)
    {
        Assert.Equal(expected, ClaimJudge.Growth((decimal)stored, (decimal)stated, (decimal)rounding, Bound.Exact, ClaimThresholds.Default, years: years));
    }

    [Theory]
    [InlineData(1, 156.947, 2)]
    [InlineData(10, 156.947, 12.85)]
    [InlineData(2, 25, 6.25)]
    [InlineData(5, -70, 2)]
    public void When_the_rough_threshold_of_a_rate_is_asked_then_over_several_years_it_is_five_percent_of_the_level_it_gives(int years, double stored, double points) =>
        Assert.Equal((decimal)points, ClaimThresholds.Default.RoughGrowthPointsOver((decimal)stored, years));

    [Theory]
    [InlineData(29.3, 30, 0.5, Bound.MoreThan, ClaimVerdict.Inaccurate, true)]
    [InlineData(29.3, 29, 0.5, Bound.MoreThan, ClaimVerdict.AccurateWithinRounding, false)]
    [InlineData(29.3, 30, 0.5, Bound.Nearly, ClaimVerdict.AccurateWithinRounding, false)]
    [InlineData(29.3, 33.3, 4.17, Bound.Nearly, ClaimVerdict.AccurateWithinRounding, false)] // "almost a third": as coarse as the words
    [InlineData(29.3, 33.3, 0.05, Bound.Nearly, ClaimVerdict.Inaccurate, false)] // "nearly 33.3%": 4 points is not nearly
    [InlineData(29.3, 28, 0.5, Bound.LessThan, ClaimVerdict.Inaccurate, true)]
    [InlineData(29.3, 28, 0.5, Bound.About, ClaimVerdict.RoughlyAccurate, false)]
    public void When_a_growth_rate_has_a_one_sided_bound_then_the_wrong_side_is_inaccurate(double stored, double stated, double rounding, Bound bound, ClaimVerdict expected, bool broken)
    {
        Assert.Equal(expected, ClaimJudge.Growth((decimal)stored, (decimal)stated, (decimal)rounding, bound, ClaimThresholds.Default));
        Assert.Equal(broken, ClaimJudge.BreaksBound((decimal)stored, (decimal)stated, (decimal)rounding, bound));
    }

    [Fact]
    public void When_a_claim_has_a_level_and_a_growth_verdict_then_the_worse_counts_and_a_verdict_beats_not_verifiable()
    {
        Assert.Equal(ClaimVerdict.Inaccurate, ClaimJudge.Worse(ClaimVerdict.Accurate, ClaimVerdict.Inaccurate));
        Assert.Equal(ClaimVerdict.RoughlyAccurate, ClaimJudge.Worse(ClaimVerdict.NotVerifiable, ClaimVerdict.RoughlyAccurate));
        Assert.Equal(ClaimVerdict.NotVerifiable, ClaimJudge.Worse(null, null));
    }
}
