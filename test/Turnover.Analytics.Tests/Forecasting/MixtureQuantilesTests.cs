using Turnover.Analytics.Forecasting.Internal;

namespace Turnover.Analytics.Tests.Forecasting;

public sealed class MixtureQuantilesTests
{
    private static readonly MixtureQuantiles s_mixture = new([1, 2, 3, 4], [10, 20, 30, 40]);

    [Theory]
    [InlineData(0, 0.5, 2)] // the main member alone: its median (the smallest sample reaching half)
    [InlineData(1, 0.5, 20)] // the alternative alone
    [InlineData(0.5, 0.5, 4)] // eight samples of an eighth each: the fourth
    [InlineData(0.5, 0.6, 10)]
    [InlineData(0.25, 0.5, 3)] // main samples weigh 3/16 each, the alternative's 1/16: 3/16, 6/16, 9/16
    [InlineData(0.25, 0.9, 30)] // 12/16 at 4, then 13/16 at 10, 14/16 at 20, 15/16 at 30
    public void When_a_quantile_is_read_then_each_member_weighs_its_share(double weight, double probability, double expected) =>
        Assert.Equal(expected, s_mixture.Quantile(weight, probability));

    [Fact]
    public void When_a_member_with_weight_has_no_samples_then_the_quantile_is_not_a_number()
    {
        var alone = new MixtureQuantiles([1, 2], []);

        Assert.True(double.IsNaN(alone.Quantile(0.5, 0.5)));
        Assert.Equal(1, alone.Quantile(0, 0.5));
    }
}
