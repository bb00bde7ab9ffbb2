namespace Turnover.Claims.Tests;

/// <summary>The items of a list take the period of the line, ending with a colon, that introduces it.</summary>
public sealed class ListHeadTests
{
    private static readonly DateOnly January2024 = new(2024, 1, 20);

    [Theory]
    [InlineData("China–Russia trade in 2023, according to China's customs:\n- Total trade: $240.1 billion (+26.3%)\n- China's exports to Russia: $111.0 billion (+46.9%)\n- China's imports from Russia: $129.1 billion (+12.7%)", "2023")]
    [InlineData("Товарооборот России и Китая за январь-ноябрь 2023 года:\n• экспорт Китая в Россию: 100,3 млрд долларов;\n• импорт Китая из России: 117,9 млрд долларов.", "2023-01..11")]
    [InlineData("2023年中俄贸易情况：\n1. 中国对俄出口1109.7亿美元，增长46.9%；\n2. 中国自俄进口1291.4亿美元，增长12.7%。", "2023")]
    public void When_a_line_ending_with_a_colon_names_a_period_then_the_list_items_after_it_take_it(string text, string period)
    {
        // Each item had no period and was not verifiable.
        var claims = Read.Claims(text, January2024);

        Assert.True(claims.Count >= 2);
        Assert.All(claims, c => Assert.Equal((period, "context.list-head-period"), (c.Period?.Period?.ToString(), c.Rules[^1])));
    }

    [Fact]
    public void When_a_line_that_is_no_item_comes_between_then_the_list_has_ended()
    {
        var claims = Read.Claims("China–Russia trade in 2023:\n- Total trade: $240.1 billion\nMeanwhile, analysts were cautious.\n- China's exports to Russia: $111.0 billion", January2024);

        Assert.Equal(["2023", null], claims.Select(c => c.Period?.Period?.ToString()));
    }

    [Theory]
    [InlineData("China–Russia trade in 2022 and 2023:\n- Total trade: $240.1 billion")] // two periods: which one is a guess
    [InlineData("China–Russia trade in 2023.\n- Total trade: $240.1 billion")] // no colon: no list introduced
    public void When_the_head_names_several_periods_or_introduces_no_list_then_the_items_take_none(string text)
    {
        Assert.Null(Read.Single(text, January2024).Period);
    }
}
