using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application.Tests;

/// <summary>A rate whose base is not stored, beside a judged level, says why it is not judged (China–Russia, GACC).</summary>
public sealed class UnjudgedRateTests
{
    [Theory]
    [InlineData("11月份，中俄贸易额为201.4亿美元，较上月增长7.9%。", "2024-11", "2024-10")] // October 2024 is not stored
    [InlineData("China-Russia trade was $20.14 billion in November 2024, up 7.9% from October.", "2024-11", "2024-10")]
    public void When_a_rates_base_is_not_stored_then_the_level_is_judged_and_a_note_says_why_the_rate_is_not(string sentence, string month, string missing)
    {
        // Until 7 December 2026 the rate was dropped without a word.
        using var store = Stores.With(Stores.ChinaRussia);

        var claim = Assert.Single(Check(store, sentence));

        Assert.Equal(ClaimVerdict.Accurate, claim.Verdict);
        var note = Assert.Single(claim.Evidence!.Notes.OfType<GrowthNotJudged>());
        var reason = Assert.IsType<NoGrowthRate>(note.Reason);
        Assert.Equal((month, missing), (reason.Period.ToString(), reason.YearBefore.ToString()));
    }

    [Fact]
    public void When_a_rates_base_is_stored_then_no_such_note_is_given()
    {
        using var store = Stores.With(Stores.ChinaRussia);

        var claim = Assert.Single(Check(store, "China-Russia trade was $21.97 billion in December 2024, up 9.1% from November."));

        Assert.DoesNotContain(claim.Evidence!.Notes, n => n is GrowthNotJudged);
        Assert.NotNull(claim.Evidence.GrowthPercent);
    }

    private static IReadOnlyList<CheckedClaim> Check(TradeStore store, string sentence) =>
        new ClaimCheckQuery(store).Run(new ClaimCheckRequest(sentence, new DateOnly(2026, 11, 28)) { ArticleDate = new DateOnly(2024, 12, 20) }).Value.Claims;
}
