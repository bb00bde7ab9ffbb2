using Turnover.Analytics.Forecasting;
using Turnover.Analytics.Targets;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// The target backtest's measured reliability (data/calibration/reliability.json, built in) shown beside a target's
/// probability: the bin holding it, pooled over the pairs and the energy lines, then each set; nothing for a method
/// the backtest did not measure.
/// </summary>
public sealed class BacktestReliabilityTests
{
    private static readonly string s_default = Forecasters.Get(ForecasterCatalog.Default).Name;

    [Fact]
    public void The_default_methods_bin_of_77_percent_is_pooled_from_the_pairs_and_the_lines_as_measured()
    {
        var bins = BacktestReliability.For(s_default, 0.766);

        Assert.Equal(["pooled", "pairs", "lines"], bins.Select(b => b.Set));
        Assert.All(bins, b => Assert.Equal((70, 80, new DateOnly(2026, 12, 5)), (b.FromPct, b.ToPct, b.Measured)));
        // The run's 70–80% bin: 63 targets on the pairs, 1,860 on the lines (README, "The default method").
        Assert.Equal((1923, 63, 1860), (bins[0].Targets, bins[1].Targets, bins[2].Targets));
        Assert.Equal(bins[1].Met + bins[2].Met, bins[0].Met);
        Assert.Equal(((bins[1].MeanStatedPct * 63) + (bins[2].MeanStatedPct * 1860)) / 1923, bins[0].MeanStatedPct, 9);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.0999, 0)]
    [InlineData(0.1, 10)]
    [InlineData(0.8999, 80)]
    [InlineData(1.0, 90)]
    public void A_probability_falls_in_the_bin_from_its_lower_edge(double probability, int fromPct) =>
        Assert.All(BacktestReliability.For(s_default, probability), b => Assert.Equal(fromPct, b.FromPct));

    [Fact]
    public void A_method_the_backtest_did_not_measure_has_no_bins() =>
        Assert.Empty(BacktestReliability.For(Forecasters.Get("theta").Name, 0.5));

    [Fact]
    public void A_checked_target_carries_its_bins_with_the_default_method_and_none_with_another()
    {
        using var store = Stores.With(Stores.ChinaRussia);
        var target = new TargetRegistry(Stores.Targets).Select(null, "cn-ru-200bn-2024").Value.Single().Target;
        var asOf = new DateOnly(2022, 12, 30);

        var byDefault = new TargetCheckQuery(store).Run(new TargetCheckRequest(target, asOf) { Forecaster = ForecasterCatalog.Create(ForecasterCatalog.Default) }).Reports[0].Model!;
        var byTheta = new TargetCheckQuery(store).Run(new TargetCheckRequest(target, asOf) { Forecaster = ForecasterCatalog.Create("theta") }).Reports[0].Model!;

        Assert.Equal(BacktestReliability.For(s_default, byDefault.Probability), byDefault.Reliability);
        Assert.Equal(3, byDefault.Reliability.Count);
        Assert.Empty(byTheta.Reliability);
    }
}
