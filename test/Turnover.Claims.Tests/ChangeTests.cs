using Turnover.Core;

namespace Turnover.Claims.Tests;

/// <summary>A change a verb opens ("rose by $4.7 billion") is a claim of its own, signed, on the same period a year earlier.</summary>
public sealed class ChangeTests
{
    [Theory]
    [InlineData("Trade between China and Russia rose by $4.7 billion in 2024.", 4.7)]
    [InlineData("China's imports from Russia fell by $5 billion in 2023.", -5)]
    [InlineData("Товарооборот России и Китая в 2024 году вырос на 4,7 млрд долларов.", 4.7)]
    [InlineData("Товарооборот России и Китая в 2015 году сократился на 31 млрд долларов.", -31)]
    [InlineData("2024年中俄贸易额增加47亿美元。", 4.7)]
    [InlineData("2015年中俄贸易额减少了311亿美元。", -31.1)]
    [InlineData("2023年中俄贸易额比2022年增加499亿美元。", 49.9)] // the base named is the year before
    [InlineData("Trade between China and Russia rose by a record $50 billion in 2023.", 50)] // was a level of $50 bn
    public void When_a_verb_opens_a_change_then_it_is_read_as_a_signed_change(string sentence, double billions)
    {
        // It was no claim at all.
        var claim = Read.Single(sentence);

        Assert.Equal((true, (decimal)billions), (claim.AmountIsChange, claim.UsdBillions()));
        Assert.NotNull(claim.Period?.Period);
    }

    [Theory]
    [InlineData("The U.S. trade deficit with China narrowed by $76.9 billion in 2019.", "USA", StatedFlow.Deficit, -76.9)]
    [InlineData("Korea's trade surplus with China widened by $26.7 billion in 2018.", "KOR", StatedFlow.Surplus, 26.7)]
    [InlineData("U.S. imports from China plunged by $87.3 billion in 2019.", "USA", StatedFlow.Imports, -87.3)]
    [InlineData("Дефицит США в торговле с Китаем в 2019 году сузился на 76,9 млрд долларов.", "USA", StatedFlow.Deficit, -76.9)]
    [InlineData("2019年美国对华贸易逆差收窄了769亿美元。", "USA", StatedFlow.Deficit, -76.9)]
    [InlineData("2019年韩国对华贸易顺差缩小266亿美元。", "KOR", StatedFlow.Surplus, -26.6)]
    public void When_a_balance_narrows_or_widens_by_an_amount_then_that_is_its_change_not_its_level(string sentence, string reporter, StatedFlow flow, double billions)
    {
        // "Narrowed by $76.9 billion" was read as a deficit of $76.9 bn and judged inaccurate against $342.6 bn.
        var claim = Read.Single(sentence);

        Assert.Equal((reporter, flow, true, (decimal)billions), (claim.Reporter?.Iso3, claim.Flow, claim.AmountIsChange, claim.UsdBillions()));
    }

    [Fact]
    public void When_a_change_stands_beside_the_level_then_each_is_a_claim_of_the_same_flow_and_year()
    {
        var claims = Read.Claims("China's exports to Russia grew $35 billion to $111 billion in 2023.");

        Assert.Equal([(35m, true), (111m, false)], claims.Select(c => (c.UsdBillions()!.Value, c.AmountIsChange)));
        Assert.All(claims, c => Assert.Equal(("china_exports", Period.OfYear(2023)), (c.ChinaFlow(), c.Period!.Period!.Value)));
    }

    [Theory]
    [InlineData("South Korea's trade with China shrank to $243.4 billion in 2019 from $268.6 billion in 2018, a drop of about $25 billion.")]
    [InlineData("South Korea's trade with China shrank to $243.4 billion in 2019 from $268.6 billion in 2018, down about $25 billion.")]
    public void When_a_change_follows_a_base_level_then_it_is_the_figures_change_not_the_bases(string sentence)
    {
        // Until 7 December 2026 the change went to 2018's base level, whose year before was no base, and was dropped.
        var claims = Read.Claims(sentence, new DateOnly(2020, 1, 5));

        var change = Assert.Single(claims, c => c.AmountIsChange);
        Assert.Equal((-25m, 2019), (change.UsdBillions()!.Value, change.Period!.Period!.Value.Year));
    }

    [Theory]
    [InlineData("Trade between China and Russia rose by $4.7 billion, or 1.9%, to $244.8 billion in 2024.", 4.7, 1.9)]
    [InlineData("Trade between China and Russia rose $4.7 billion, or about 1.9 percent, to $244.8 billion in 2024.", 4.7, 1.9)]
    [InlineData("Trade between China and Russia rose by $4.7 billion (1.9%) to $244.8 billion in 2024.", 4.7, 1.9)]
    [InlineData("China's imports from Russia fell by $12.9 billion, or 10%, to $116.2 billion in 2024.", -12.9, -10)]
    [InlineData("Товарооборот России и Китая в 2024 году вырос на 4,7 млрд долларов, или на 1,9%, до 244,8 млрд долларов.", 4.7, 1.9)]
    [InlineData("Товарооборот России и Китая в 2015 году сократился на 31 млрд долларов, или на 28%, до 64,2 млрд долларов.", -31, -28)]
    public void When_a_rate_restates_the_change_then_it_is_the_levels_rate_with_the_changes_sign(string sentence, double change, double percent)
    {
        // The amount between the verb and the rate hid the verb: the rate was lost (the level had no rate to check).
        var claims = Read.Claims(sentence);

        Assert.Equal((decimal)change, Assert.Single(claims, c => c.AmountIsChange).UsdBillions());
        Assert.Equal((decimal)percent, Assert.Single(claims, c => !c.AmountIsChange).Growth?.Percent);
    }

    [Theory]
    [InlineData("U.S. exports to China decreased $13.3 billion to $106.6 billion in 2019 and imports decreased $86.3 billion to $452.2 billion.")]
    [InlineData("U.S. exports to China decreased $13.3 billion to $106.6 billion in 2019, while imports decreased $86.3 billion, or 16%, to $452.2 billion.")]
    [InlineData("В 2019 году экспорт США в Китай сократился на 13,3 млрд долларов, до 106,6 млрд, а импорт сократился на 86,3 млрд долларов, до 452,2 млрд.")]
    public void When_a_second_flows_change_leads_to_its_own_level_then_it_is_that_flows_change(string sentence)
    {
        // The imports' change was given to the exports named before it (the nearest figure before) and judged inaccurate.
        var claims = Read.Claims(sentence, assumePair: false);

        Assert.Equal(
            [(StatedFlow.Exports, -13.3m, true), (StatedFlow.Exports, 106.6m, false), (StatedFlow.Imports, -86.3m, true), (StatedFlow.Imports, 452.2m, false)],
            claims.Where(c => c.Amount is not null).OrderBy(c => c.Amount!.Span.Start).Select(c => (c.Flow, c.UsdBillions()!.Value, c.AmountIsChange)));
    }

    [Theory]
    [InlineData("U.S. imports from China fell $2.8 billion in December 2019 from November.", GrowthComparison.PreviousPeriod, null)]
    [InlineData("U.S. imports from China fell $2.8 billion month on month in December 2019.", GrowthComparison.PreviousPeriod, null)]
    [InlineData("U.S. imports from China were down $105 billion in 2019 from their peak.", GrowthComparison.OtherBase, "from their peak")]
    [InlineData("U.S. imports from China fell $2.8 billion in December 2019.", GrowthComparison.Unstated, null)]
    [InlineData("U.S. imports from China fell $12.4 billion year on year in December 2019.", GrowthComparison.YearOnYear, null)]
    public void When_a_change_names_its_base_then_the_claim_carries_it(string sentence, GrowthComparison comparison, string? baseText)
    {
        // Every change was judged on a year earlier: "fell $2.8 billion in December from November" was "inaccurate".
        var claim = Assert.Single(Read.Claims(sentence, assumePair: false), c => c.AmountIsChange);

        Assert.Equal((comparison, baseText), (claim.ChangeComparison, claim.ChangeBaseText));
    }

    [Fact]
    public void When_a_rate_follows_a_level_in_brackets_or_after_a_comma_then_it_takes_no_sign_from_it()
    {
        // Only a change a verb opened is restated: "$244.8 billion (1.9%)" may be a share.
        Assert.Null(Read.Single("Trade between China and Russia was $244.8 billion (1.9%) in 2024.").Growth);
    }

    [Theory]
    [InlineData("China's crude oil imports from Russia rose by $18 billion in 2022.")] // a product's change is not judged
    [InlineData("Trade between China and Russia in 2024 was $4.7 billion more than in 2023.")] // a difference from a named year
    [InlineData("The increase in China-Russia trade in 2023 was $49.9 billion.")] // a change named as a subject
    [InlineData("2023年中俄贸易额比2019年增加1294亿美元。")] // a change on another base than the year before
    [InlineData("Trade between China and Russia rose by $130 billion in 2023 compared with 2019.")]
    public void When_the_change_is_a_products_on_another_base_or_not_opened_by_a_verb_then_no_claim_is_read(string sentence) =>
        Assert.DoesNotContain(Read.Claims(sentence), c => c.Amount is not null);
}
