using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application.Tests;

/// <summary>A stated change is judged against the stored figure less the year before's (bundled China–Russia data).</summary>
public sealed class ChangeClaimTests : IClassFixture<ClaimCheckQueryTests.ChinaRussiaStore>
{
    private readonly ClaimCheckQueryTests.ChinaRussiaStore _store;

    public ChangeClaimTests(ClaimCheckQueryTests.ChinaRussiaStore store) => _store = store;

    [Theory]
    [InlineData("Trade between China and Russia rose by $4.7 billion in 2024.", ClaimVerdict.AccurateWithinRounding, 4_709_000_000)] // 244.819 − 240.110
    [InlineData("China's exports to Russia increased by $35 billion in 2023.", ClaimVerdict.AccurateWithinRounding, 34_878_000_000)] // 111.000 − 76.122
    [InlineData("China's imports from Russia fell by $5 billion in 2023.", ClaimVerdict.Inaccurate, 14_951_000_000)] // 129.100 − 114.149: a rise
    [InlineData("Trade between China and Russia rose by $10 billion in 2024.", ClaimVerdict.Inaccurate, 4_709_000_000)]
    public void When_a_change_is_stated_then_it_is_judged_against_the_stored_change(string sentence, ClaimVerdict verdict, long change)
    {
        var claim = Single(sentence);

        Assert.Equal((ClaimQuantity.Change, verdict), (claim.Question!.Quantity, claim.Verdict));
        Assert.Equal(change, claim.Evidence!.Change!.ChangeUsd);
        Assert.Equal(claim.Evidence.Period.PreviousYear(), claim.Evidence.Change.Base);
        Assert.Equal(claim.Evidence.ValueUsd - claim.Evidence.Change.BaseUsd, claim.Evidence.Change.ChangeUsd);
    }

    [Fact]
    public void When_the_year_before_is_not_stored_then_the_change_is_not_verifiable_and_says_which_year()
    {
        // China's customs' compilation starts in 2013.
        var claim = Single("Trade between China and Russia rose by $8.6 billion in 2013.");

        Assert.Equal(ClaimVerdict.NotVerifiable, claim.Verdict);
        Assert.Equal(Period.OfYear(2012), Assert.IsType<FigureNotStored>(claim.Missing).Period);
    }

    private CheckedClaim Single(string sentence) =>
        Assert.Single(new ClaimCheckQuery(_store.Store).Run(new ClaimCheckRequest(sentence, new DateOnly(2026, 11, 28)) { ArticleDate = new DateOnly(2025, 2, 1) }).Value.Claims);
}
