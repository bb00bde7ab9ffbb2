using Turnover.Claims;

namespace Turnover.Application.Tests;

/// <summary>A wire story's breakdown of its lead, a paragraph on, is judged on the lead's period (bundled China–Russia data).</summary>
public sealed class BreakdownClaimTests : IClassFixture<ClaimCheckQueryTests.ChinaRussiaStore>
{
    private readonly ClaimCheckQueryTests.ChinaRussiaStore _store;

    public BreakdownClaimTests(ClaimCheckQueryTests.ChinaRussiaStore store) => _store = store;

    [Fact]
    public void When_the_next_paragraphs_flows_add_up_to_the_lead_then_each_is_judged_on_its_year()
    {
        // Until 7 December 2026 both were not verifiable: no period.
        const string text = "МОСКВА, 13 января 2023. /ТАСС/. Товарооборот России и Китая по итогам 2022 года вырос на 29,3% и достиг $190,27 млрд.\n"
            + "Экспорт Китая в Россию увеличился на 12,8%, до $76,12 млрд, а импорт из РФ вырос на 43,4%, до $114,15 млрд.";

        var claims = new ClaimCheckQuery(_store.Store).Run(new ClaimCheckRequest(text, new DateOnly(2026, 11, 28))).Value.Claims;

        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.Equal(("2022", ClaimVerdict.Accurate), (c.Evidence?.Period.ToString(), c.Verdict)));
    }
}
