using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application.Tests;

/// <summary>
/// Projections of a fall or of a ceiling, and goals said to be missed, are judged as the period's figure (bundled China–Russia data, 2024: $244.819 bn);
/// as targets they were "met" by any higher figure and "missed" when the ceiling held.
/// </summary>
public sealed class FallToClaimTests : IClassFixture<ClaimCheckQueryTests.ChinaRussiaStore>
{
    private readonly ClaimCheckQueryTests.ChinaRussiaStore _store;

    public FallToClaimTests(ClaimCheckQueryTests.ChinaRussiaStore store) => _store = store;

    [Theory]
    [InlineData("Trade between China and Russia is expected to fall to $230 billion in 2024.", ClaimVerdict.Inaccurate)] // was accurate: "met"
    [InlineData("Analysts say trade between China and Russia could fall below $240 billion in 2024.", ClaimVerdict.Inaccurate)] // was accurate: "met"
    [InlineData("Trade between China and Russia is expected to be less than $250 billion in 2024.", ClaimVerdict.AccurateWithinRounding)] // was inaccurate: "missed"
    [InlineData("Trade between China and Russia will not exceed $250 billion in 2024.", ClaimVerdict.AccurateWithinRounding)] // was inaccurate: "missed"
    [InlineData("China and Russia missed their goal of $250 billion in trade in 2024.", ClaimVerdict.AccurateWithinRounding)] // was inaccurate: "missed"
    public void When_a_projection_is_a_fall_or_a_ceiling_then_it_is_judged_on_the_periods_figure(string sentence, ClaimVerdict verdict)
    {
        var request = new ClaimCheckRequest(sentence, new DateOnly(2026, 11, 28)) { ArticleDate = new DateOnly(2024, 6, 1) };

        var claim = Assert.Single(new ClaimCheckQuery(_store.Store).Run(request).Value.Claims);

        Assert.Null(claim.Outlook);
        Assert.Equal((verdict, Period.OfYear(2024), 244_819_000_000m), (claim.Verdict, claim.Evidence!.Period, claim.Evidence.ValueUsd!.Value));
        if (claim.Stated.Kind == ClaimKind.Projection)
        {
            Assert.Equal(Period.YearToDate(2024, 4), claim.AsOfArticle!.Period); // what had been published by the article's date
        }
    }

    [Fact]
    public void When_a_fact_says_a_year_fell_short_then_the_years_figure_judges_it()
    {
        // Written after the year (in June 2024 a fact of 2024 is of the year so far: YearNotOverClaimTests).
        var request = new ClaimCheckRequest("Trade between China and Russia fell short of $240 billion in 2024.", new DateOnly(2026, 11, 28)) { ArticleDate = new DateOnly(2025, 3, 1) };

        var claim = Assert.Single(new ClaimCheckQuery(_store.Store).Run(request).Value.Claims);

        Assert.Equal((ClaimVerdict.Inaccurate, Period.OfYear(2024), 244_819_000_000m), (claim.Verdict, claim.Evidence!.Period, claim.Evidence.ValueUsd!.Value));
    }
}
