using Turnover.Claims;
using Turnover.Core;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>An average per month or day is judged as that many times it against the period's total (US Census, 2019).</summary>
public sealed class AverageClaimTests
{
    [Theory]
    [InlineData("U.S. exports to China reached a monthly average of $8.9 billion in 2019.", AveragePer.Month, 12, ClaimVerdict.AccurateWithinRounding)] // $106.481 bn: $8.873 bn a month
    [InlineData("U.S.-China trade came to $1.5 billion a day in 2019.", AveragePer.Day, 365, ClaimVerdict.AccurateWithinRounding)] // $555.592 bn: $1.522 bn a day
    [InlineData("U.S. imports from China averaged $30 billion a month in 2019.", AveragePer.Month, 12, ClaimVerdict.Inaccurate)] // $37.426 bn a month
    [InlineData("U.S. imports from China averaged $36 billion a month in the first half of 2019.", AveragePer.Month, 6, ClaimVerdict.AccurateWithinRounding)] // $217.665 bn: $36.278 bn a month
    public void When_an_average_is_stated_then_it_is_judged_as_that_many_times_it_against_the_total(string sentence, AveragePer per, int count, ClaimVerdict verdict)
    {
        // Read as the year's level, "a monthly average of $8.9 billion" was inaccurate by 92%.
        using var store = Stores.With(RepoPaths.Data("national", "us_census_usa_china_monthly.csv"));

        var claim = Assert.Single(Check(store, sentence));

        Assert.Equal(verdict, claim.Verdict);
        Assert.Equal(claim.Stated.AmountUsd * count, claim.Evidence!.StatedUsd);
        var note = Assert.Single(claim.Notes.OfType<AverageScaled>());
        Assert.Equal((per, count, claim.Stated.AmountUsd, claim.Evidence.ValueUsd / count), (note.Per, note.Count, (decimal?)note.StatedAverageUsd, note.StoredAverageUsd));
    }

    [Fact]
    public void When_a_months_figure_is_said_a_month_then_it_is_the_months_own()
    {
        using var store = Stores.With(RepoPaths.Data("national", "us_census_usa_china_monthly.csv"));

        var claim = Assert.Single(Check(store, "U.S. imports from China were $36.2 billion a month in November 2019."));

        Assert.Equal((ClaimVerdict.AccurateWithinRounding, claim.Stated.AmountUsd), (claim.Verdict, claim.Evidence!.StatedUsd));
        Assert.Empty(claim.Notes.OfType<AverageScaled>());
    }

    [Fact]
    public void When_an_average_is_over_several_years_then_it_is_not_summed_as_their_total()
    {
        using var store = Stores.With(RepoPaths.Data("national", "us_census_usa_china_monthly.csv"));

        var claim = Assert.Single(Check(store, "U.S. imports from China averaged $37 billion a month in 2017-2019."));

        Assert.Equal(ClaimVerdict.NotVerifiable, claim.Verdict);
    }

    private static IReadOnlyList<CheckedClaim> Check(TradeStore store, string sentence) =>
        new ClaimCheckQuery(store).Run(new ClaimCheckRequest(sentence, new DateOnly(2026, 11, 28)) { ArticleDate = new DateOnly(2020, 3, 1) }).Value.Claims;
}
