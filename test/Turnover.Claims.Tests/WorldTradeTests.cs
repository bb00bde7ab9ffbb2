namespace Turnover.Claims.Tests;

/// <summary>
/// One country's trade with the world or a group, in a text about a pair, is no figure of the pair: the pair filled in
/// the other side and each was judged against the pair's trade ("inaccurate").
/// </summary>
public sealed class WorldTradeTests
{
    private static readonly DateOnly March2024 = new(2024, 3, 5);

    [Theory]
    [InlineData("China's total trade rose 0.2% in 2023.")]
    [InlineData("China's overall exports fell 4.6% in 2023.")]
    [InlineData("China's foreign trade reached $5.94 trillion in 2023.")]
    [InlineData("Russia's trade with the EU fell 30% in 2023.")]
    [InlineData("China's exports to the world fell 4.6% in 2023.")]
    [InlineData("Внешнеторговый оборот России в 2023 году снизился на 16%.")]
    [InlineData("Товарооборот России с ЕС в 2023 году сократился на 30%.")]
    [InlineData("Экспорт России в страны ЕС в 2023 году сократился на 30%.")]
    [InlineData("2023年中国外贸进出口总值41.76万亿元，增长0.2%。")]
    [InlineData("2023年中国对欧盟出口下降10%。")]
    [InlineData("Russia's trade with Asia grew 20% in 2023.")] // a name that is no country: a region, a group
    [InlineData("Russia's trade with the CIS fell 5% in 2023.")]
    [InlineData("China's trade with Belt and Road countries rose 2.8% in 2023.")]
    public void When_a_country_trades_with_the_world_or_a_group_then_no_claim_of_the_pair_is_read(string sentence)
    {
        var claims = Read.Claims("China-Russia trade reached $240.1 billion in 2023. " + sentence, March2024);

        Assert.Single(claims); // the first sentence's
    }

    [Fact]
    public void When_a_headline_in_title_case_has_a_capital_after_to_then_it_is_no_other_partner()
    {
        var claims = Read.Claims("China-Russia trade reached $240.1 billion in 2023.\n\nPutin Expects Trade With China to Reach $250Bln in 2024", March2024);

        Assert.Equal((ClaimKind.Projection, 250m), (claims[^1].Kind, claims[^1].UsdBillions()));
    }

    [Theory]
    [InlineData("China's total imports from Russia rose 12.7% in 2023.", 12.7)] // the partner named
    [InlineData("Total trade rose 26.3% in 2023.", 26.3)] // no country: the text's pair's total
    [InlineData("Russia's exports to Europe fell while its exports to China rose 40% in 2023.", 40)]
    [InlineData("China's exports from January to October rose 56.9% in 2023.", 56.9)] // a month is no partner
    public void When_the_partner_is_named_or_no_country_at_all_then_the_pair_is_read(string sentence, double percent)
    {
        var claims = Read.Claims("China-Russia trade reached $240.1 billion in 2023. " + sentence, March2024);

        Assert.Equal((decimal)percent, claims[^1].Growth?.Percent);
    }
}
