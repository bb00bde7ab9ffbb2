using Turnover.Analytics.Calibration;
using Turnover.Analytics.Forecasting;
using Turnover.Core;

namespace Turnover.Analytics.Tests.Calibration;

/// <summary>The target backtest on a tiny series whose annual totals are known by heart.</summary>
public sealed class TargetBacktestTests
{
    private static readonly Country s_korea = CountryCatalog.Default.FromCode(410);
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);

    // Exports of 10, 11, 12, 13 a month in 2001–2004: totals 120, 132, 144, 156.
    private static PairSeries Series() => new(
        s_korea, s_china, SourceKind.Kosis, Granularity.Month,
        [.. Enumerable.Range(2001, 4).SelectMany(y => Enumerable.Range(1, 12).Select(m => new FlowValues(Period.Month(y, m), y - 1991m, null, null)))],
        []);

    [Fact]
    public void When_targets_are_posed_at_each_december_then_amounts_outcomes_and_the_training_base_rate_follow_by_hand()
    {
        var options = new TargetBacktestOptions { Years = 2, GrowthPercents = [0, 50], Forecast = new ForecastOptions { Paths = 200 } };

        var run = TargetBacktest.Run(Series(), Measure.Exports, "KOR:CHN exports", new SeasonalNaiveForecaster(), options);

        // 2001 has 12 observed months (< 24); 2004 has no later year to judge.
        Assert.Equal([2002, 2003], Assert.Single(run.Origins).Years);
        // 2002: two judged years (2003, 2004) × two growths; 2003: one judged year × two.
        Assert.Equal(6, run.Targets.Count);
        var flat = run.Targets.Single(c => c.OriginYear == 2002 && c.Horizon == 1 && c.GrowthPercent == 0);
        // 132 to beat in 2003 (144): met. History: posed at 2001 (120), met in 2002 (132): (1 + ½) / (1 + 1).
        Assert.Equal((132m, true, 0.75), (flat.AmountUsd, flat.Met, flat.Climatology));
        var steep = run.Targets.Single(c => c.OriginYear == 2002 && c.Horizon == 2 && c.GrowthPercent == 50);
        // 132 × 1.5² = 297 by 2004 (156 at most): missed; no two-year history before 2002: ½.
        Assert.Equal((297m, false, 0.5), (steep.AmountUsd, steep.Met, steep.Climatology));
        Assert.All(run.Targets, c => Assert.InRange(c.Stated, 0, 1));
        // One annual total per origin and judged year, each against the actual.
        Assert.Equal([(2002, 1, 144m), (2002, 2, 156m), (2003, 1, 156m)], run.Intervals.Select(i => (i.OriginYear, i.Horizon, i.ActualUsd)));
    }

    [Fact]
    public void When_the_same_backtest_runs_twice_then_the_seeded_paths_state_the_same_probabilities()
    {
        var options = new TargetBacktestOptions { Years = 2, GrowthPercents = [5], Forecast = new ForecastOptions { Paths = 100 } };

        var first = TargetBacktest.Run(Series(), Measure.Exports, "S", new ThetaForecaster(), options);
        var second = TargetBacktest.Run(Series(), Measure.Exports, "S", new ThetaForecaster(), options);

        Assert.Equal(first.Targets, second.Targets);
    }
}
