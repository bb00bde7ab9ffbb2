using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application.Tests;

/// <summary>A base's own level is judged as a fact of its period, beside the figure it is the base of (bundled China–Russia data).</summary>
public sealed class BaseLevelClaimTests : IClassFixture<ClaimCheckQueryTests.ChinaRussiaStore>
{
    private readonly ClaimCheckQueryTests.ChinaRussiaStore _store;

    public BaseLevelClaimTests(ClaimCheckQueryTests.ChinaRussiaStore store) => _store = store;

    [Fact]
    public void When_a_base_level_is_wrong_then_its_claim_is_inaccurate_while_the_figure_it_is_the_base_of_stands()
    {
        // 2023: $240.11 bn stored. The $200 billion base was read as no claim, and the sentence passed as accurate.
        var request = new ClaimCheckRequest("Trade between China and Russia reached $244.8 billion in 2024, up from $200 billion in 2023.", new DateOnly(2026, 11, 28))
        {
            ArticleDate = new DateOnly(2025, 1, 20),
        };

        var claims = new ClaimCheckQuery(_store.Store).Run(request).Value.Claims;

        Assert.Equal(
            [(Period.OfYear(2023), ClaimVerdict.Inaccurate, 240_110_000_000m), (Period.OfYear(2024), ClaimVerdict.Accurate, 244_819_000_000m)],
            claims.Select(c => (c.Stated.Period!.Period!.Value, c.Verdict, c.Evidence!.ValueUsd!.Value)).OrderBy(c => c.Item1.Year));
        Assert.All(claims, c => Assert.Equal(ClaimKind.Fact, c.Stated.Kind));
    }
}
