namespace Turnover.Claims.Tests;

/// <summary>
/// A level reached by a fall ("expected to fall to $200 billion") and a ceiling ("will not exceed $250 billion") are read
/// as such: a projection of either is that period's level, not a threshold to reach.
/// </summary>
public sealed class FallToTests
{
    private static readonly DateOnly s_date = new(2024, 6, 1);

    [Theory]
    [InlineData("Trade between Russia and China is expected to fall to $200 billion in 2025.")]
    [InlineData("Trade between Russia and China could drop back to about $200 billion in 2025.")]
    [InlineData("Товарооборот России и Китая в 2025 году снизится до 200 млрд долларов.")]
    [InlineData("预计2025年中俄贸易额将降至2000亿美元。")]
    public void When_a_projection_is_a_fall_to_an_amount_then_it_is_read_as_one(string sentence)
    {
        var claim = Read.Single(sentence, s_date);

        Assert.Equal((ClaimKind.Projection, true, 200m), (claim.Kind, claim.FallsTo, claim.UsdBillions()));
    }

    [Theory]
    [InlineData("Trade between Russia and China will reach $200 billion in 2025.")]
    [InlineData("Trade between Russia and China fell 6.9% in 2025 to $228.1 billion, after rising to $244.8 billion in 2024.")]
    public void When_the_amount_is_reached_by_a_rise_or_the_fall_is_a_rate_then_it_is_no_fall_to_it(string sentence)
    {
        Assert.All(Read.Claims(sentence, new DateOnly(2026, 1, 20)).Where(c => c.Amount is not null && c.Growth is null), c => Assert.False(c.FallsTo));
        Assert.False(Read.Claims(sentence, new DateOnly(2026, 1, 20))[0].FallsTo);
    }

    [Theory]
    [InlineData("Trade between China and Russia will not exceed $250 billion in 2024.", Bound.UpTo)]
    [InlineData("Trade between China and Russia will be at most $250 billion in 2024.", Bound.UpTo)]
    [InlineData("Trade between China and Russia will be no more than $250 billion in 2024.", Bound.UpTo)]
    [InlineData("Товарооборот России и Китая в 2024 году не превысит 250 млрд долларов.", Bound.UpTo)]
    [InlineData("Товарооборот России и Китая в 2024 году составит не более 250 млрд долларов.", Bound.UpTo)]
    [InlineData("预计2024年中俄贸易额不超过2500亿美元。", Bound.UpTo)]
    [InlineData("预计2024年中俄贸易额低于2500亿美元。", Bound.LessThan)]
    public void When_an_amount_is_a_ceiling_then_its_bound_says_so(string sentence, Bound bound)
    {
        // "не превысит" was "more than" (the verb without its negation); "not exceed" and "不超过" were exact.
        var claim = Read.Single(sentence, s_date);

        Assert.Equal((bound, 250m), (claim.Amount!.Bound, claim.UsdBillions()));
    }
}
