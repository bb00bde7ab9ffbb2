namespace Turnover.Claims.Tests;

/// <summary>The year a goal was set is no figure's period.</summary>
public sealed class GoalSetYearTests
{
    private static readonly DateOnly s_date = new(2024, 2, 1);

    [Theory]
    [InlineData("Trade reached $240.1 billion in 2023, above the $200 billion goal that the two countries set in 2019.")]
    [InlineData("China-Russia trade has exceeded the $200 billion target announced in 2019.")]
    [InlineData("In 2019 the leaders of China and Russia set a target of $200 billion in trade.")]
    [InlineData("Товарооборот России и Китая достиг 240,1 млрд долларов в 2023 году, превысив цель в 200 млрд долларов, поставленную в 2019 году.")]
    [InlineData("В 2019 году лидеры России и Китая поставили цель довести товарооборот до 200 млрд долларов.")]
    [InlineData("2023年中俄贸易额达2401亿美元，提前实现两国元首2019年确定的2000亿美元目标。")]
    [InlineData("中俄两国元首在2019年提出了2000亿美元的贸易目标。")]
    public void When_a_goal_is_said_to_have_been_set_in_a_year_then_that_year_is_not_its_period(string sentence)
    {
        // The goal was 2019's and "missed" ($110.8 bn against $200 bn); the fact of 2023 keeps its year.
        var claims = Read.Claims(sentence, s_date);

        var goal = Assert.Single(claims, c => c.Kind == ClaimKind.Target);
        Assert.Null(goal.Period?.Period);
        Assert.All(claims.Where(c => c.Kind == ClaimKind.Fact), c => Assert.Equal(2023, c.Period?.Period?.Year));
    }

    [Theory]
    [InlineData("In 2019, Russia and China set a goal of $200 billion in trade by 2024.", 2024)]
    [InlineData("The $200 billion target for China-Russia trade, set in 2019 for 2024, was met early.", 2024)]
    public void When_the_goal_names_its_deadline_too_then_the_deadline_is_its_period(string sentence, int deadline) =>
        Assert.Equal(deadline, Assert.Single(Read.Claims(sentence, s_date), c => c.Kind == ClaimKind.Target).Period?.Period?.Year);

    [Fact]
    public void When_a_year_opens_a_clause_of_figures_then_it_stays_their_period()
    {
        // Digits between the year and the verb: the year is the figures'.
        var claims = Read.Claims("In 2019, trade between China and Russia rose 3.4% to $110.8 billion and the leaders set a goal of $200 billion by 2024.", s_date);

        Assert.Equal(2019, Assert.Single(claims, c => c.Kind == ClaimKind.Fact).Period?.Period?.Year);
    }
}
