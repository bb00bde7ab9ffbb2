namespace Turnover.Claims.Tests;

/// <summary>A rate the text says a goal needs is read as such, with the goal; a forecast rate is not.</summary>
public sealed class RequiredGrowthTests
{
    private static readonly DateOnly s_date = new(2024, 2, 1);

    [Theory]
    [InlineData("Trade between China and Russia would need to grow 10% a year to reach $300 billion by 2026.", 10, true)]
    [InlineData("China-Russia trade needs to grow at an annual rate of 3% to hit $300 billion in 2030, the ministry said.", 3, true)]
    [InlineData("Reaching $300 billion by 2030 would require China-Russia trade to expand by about 3% every year.", 3, true)]
    [InlineData("Trade between China and Russia would have to grow by 25% to reach $300 billion by 2030.", 25, false)]
    [InlineData("Чтобы выйти на $300 млрд к 2030 году, товарооборот России и Китая нужно наращивать в среднем на 3% ежегодно.", 3, true)]
    [InlineData("Для достижения цели в $300 млрд к 2030 году товарооборот России и Китая должен расти на 3,5% в год.", 3.5, true)]
    [InlineData("Korea would need to boost exports to China by about 15 percent a year to reach $300 billion by 2030.", 15, true)]
    [InlineData("中俄贸易额要在2026年达到3000亿美元，年均需增长10%。", 10, true)]
    [InlineData("要在2030年实现中俄贸易额3000亿美元，每年需增长3.5%。", 3.5, true)]
    public void When_a_rate_is_what_a_goal_needs_then_it_is_read_as_needed_with_the_goals_amount(string sentence, double percent, bool yearly)
    {
        // Since 7 December 2026: the rate was a forecast's (or a claim of its own with no period) and never judged.
        var claim = Assert.Single(Read.Claims(sentence, s_date), c => c.Growth is not null);

        Assert.Equal((true, yearly, (decimal)percent), (claim.Growth!.Required, claim.Growth.AverageAnnual, claim.Growth.Percent));
        Assert.Equal(300m, claim.UsdBillions());
        Assert.NotEqual(ClaimKind.Fact, claim.Kind);
    }

    [Theory]
    [InlineData("Trade between China and Russia is expected to grow 10% a year to reach $300 billion by 2026.")]
    [InlineData("Trade between China and Russia will grow 10% to $300 billion in 2026, the ministry forecast.")]
    [InlineData("Товарооборот России и Китая вырастет на 10% в год и достигнет $300 млрд к 2026 году.")]
    [InlineData("预计2026年中俄贸易额将达到3000亿美元，年均增长10%。")]
    [InlineData("Trade between China and Russia rose 26.3% in 2023 to $240.1 billion.")]
    [InlineData("China's imports of much-needed equipment from Russia rose 20% to $5 billion in 2023.")]
    [InlineData("Импорт необходимых товаров из России в Китай вырос на 20% и составил $5 млрд в 2023 году.")]
    [InlineData("2023年中国自俄罗斯进口所需物资50亿美元，增长20%。")]
    [InlineData("2023年中国自俄罗斯进口生活必需品50亿美元，增长20%。")]
    public void When_a_rate_is_forecast_or_stated_then_it_is_not_read_as_needed(string sentence) =>
        Assert.All(Read.Claims(sentence, s_date), c => Assert.False(c.Growth?.Required ?? false));

    [Theory]
    [InlineData("China's imports of much-needed equipment from Russia rose 20% to $5 billion in 2023.")]
    [InlineData("Импорт необходимых товаров из России в Китай вырос на 20% и составил $5 млрд в 2023 году.")]
    public void When_a_need_word_is_an_adjective_in_a_fact_then_the_fact_stays_a_fact(string sentence) =>
        Assert.All(Read.Claims(sentence, s_date), c => Assert.Equal(ClaimKind.Fact, c.Kind));

    [Theory]
    [InlineData("Для этого товарооборот России и Китая должен расти примерно на 3% в год.")]
    [InlineData("To get there, China-Russia trade would need to grow about 3% a year.")]
    public void When_a_needed_rate_has_no_period_then_it_is_no_fact(string sentence)
    {
        // It was a fact with no period ("должен расти" was no rise word until 7 December 2026: the sentence was no claim).
        var claim = Read.Single(sentence, s_date);

        Assert.Equal((ClaimKind.Projection, true, null), (claim.Kind, claim.Growth!.Required, claim.Period?.Period));
    }

    [Fact]
    public void When_a_needed_rate_names_no_flow_then_it_is_the_previous_goals()
    {
        // "Для этого он должен расти…" names no flow: it gave no claim until 7 December 2026.
        var claims = Read.Claims("Ранее стороны поставили задачу довести товарооборот до $300 млрд к 2030 году. Для этого он должен расти в среднем на 3,4% в год.", new DateOnly(2025, 1, 14), assumePair: false);

        Assert.Equal(2, claims.Count);
        Assert.Equal((StatedFlow.Turnover, true, 3.4m), (claims[1].Flow, claims[1].Growth!.Required, claims[1].Growth!.Percent));
    }

    [Fact]
    public void When_a_needed_rate_follows_its_goal_then_it_is_a_claim_of_its_own_without_the_goals_figures()
    {
        // The goal is joined to it when judged (the application's check); the reading keeps what each sentence says.
        var claims = Read.Claims("China and Russia aim to raise bilateral trade to $300 billion by 2030. To reach that goal, trade between the two countries would have to grow by 3.6% a year.", s_date);

        Assert.Equal(2, claims.Count);
        Assert.Equal((300m, false), (claims[0].UsdBillions(), claims[0].Growth?.Required ?? false));
        Assert.Equal((true, true, null), (claims[1].Growth!.Required, claims[1].Growth!.AverageAnnual, claims[1].Amount));
    }
}
