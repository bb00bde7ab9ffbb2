namespace Turnover.Claims.Tests;

/// <summary>A level or goal the text says was not reached is an upper bound on the amount.</summary>
public sealed class ShortOfTests
{
    [Theory]
    [InlineData("Russia and China missed their goal of $100 billion in trade by 2015.", ClaimKind.Target)]
    [InlineData("Russia and China did not reach the $200 billion trade target by 2020.", ClaimKind.Target)]
    [InlineData("Trade between China and Russia fell short of $100 billion in 2015.", ClaimKind.Fact)]
    [InlineData("Trade between China and Russia failed to reach $100 billion in 2015.", ClaimKind.Fact)]
    [InlineData("Товарооборот России и Китая не достиг целевых 100 млрд долларов в 2015 году.", ClaimKind.Target)]
    [InlineData("中俄贸易额未能实现2015年1000亿美元的目标。", ClaimKind.Target)]
    public void When_the_text_says_an_amount_was_not_reached_then_it_is_an_upper_bound(string sentence, ClaimKind kind)
    {
        // Read as a level or goal to reach, "missed their goal of $100 billion" was "inaccurate" because it was missed.
        var claim = Read.Single(sentence, new DateOnly(2021, 6, 1));

        Assert.Equal((kind, Bound.LessThan), (claim.Kind, claim.Amount!.Bound));
        Assert.Contains(claim.UsdBillions(), new decimal?[] { 100m, 200m });
        Assert.Contains(claim.Rules, r => r.EndsWith(".amount.short-of", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Trade between China and Russia reached $100 billion in 2018, after it missed the target in 2015.")]
    [InlineData("Trade between China and Russia did not fall in 2018 and reached $107 billion.")]
    public void When_the_words_are_in_another_clause_or_say_something_else_then_the_amount_stays_exact(string sentence) =>
        Assert.All(Read.Claims(sentence, new DateOnly(2021, 6, 1)).Where(c => c.Amount is not null), c => Assert.Equal(Bound.Exact, c.Amount!.Bound));
}
