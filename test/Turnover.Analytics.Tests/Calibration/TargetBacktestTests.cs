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
    public void When_a_series_is_empty_or_zero_before_its_trade_starts_then_each_case_counts_its_history_from_the_first_year_of_trade()
    {
        // The same series with 1999 missing and 2000 zero-filled: history still starts in 2001 (the zeros make 2001 an
        // origin, 24 observed months), so 2001 has one year, 2002 two, 2003 three.
        var empty = Enumerable.Range(1, 12).Select(m => new FlowValues(Period.Month(1999, m), null, null, null));
        var zeros = Enumerable.Range(1, 12).Select(m => new FlowValues(Period.Month(2000, m), 0m, null, null));
        var series = Series() with { Values = [.. empty, .. zeros, .. Series().Values] };
        var options = new TargetBacktestOptions { Years = 2, GrowthPercents = [0], Forecast = new ForecastOptions { Paths = 50 } };

        var run = TargetBacktest.Run(series, Measure.Exports, "KOR:CHN exports", new SeasonalNaiveForecaster(), options);

        Assert.Equal([(2001, 1), (2001, 1), (2002, 2), (2002, 2), (2003, 3)], run.Targets.Select(c => (c.OriginYear, c.HistoryYears)));
        Assert.Equal([(2001, 1), (2001, 1), (2002, 2), (2002, 2), (2003, 3)], run.Intervals.Select(c => (c.OriginYear, c.HistoryYears)));
    }

    /// <summary>
    /// Twelve years (2001–2012) of monthly exports growing 5% a year with a season and a wobble; from 2007 on multiplied
    /// by <paramref name="later"/>, so two such series agree through December 2006 and differ after it.
    /// </summary>
    private static PairSeries Growing(decimal later) => new(
        s_korea, s_china, SourceKind.Kosis, Granularity.Month,
        [.. Enumerable.Range(2001, 12).SelectMany(y => Enumerable.Range(1, 12).Select(m => new FlowValues(
            Period.Month(y, m),
            Math.Round((decimal)(100 * Math.Pow(1.05, y - 2001) * (1 + (0.2 * Math.Sin(m))) * (1 + (0.05 * Math.Sin(7 * ((y * 12) + m))))), 3) * (y >= 2007 ? later : 1),
            null,
            null)))],
        []);

    [Fact]
    public void When_the_years_after_an_origin_differ_then_the_own_weight_mixture_states_the_same_probabilities_there()
    {
        var options = new TargetBacktestOptions { Years = 2, GrowthPercents = [0, 10], Forecast = new ForecastOptions { Paths = 100 } };
        var shared = new OwnWeightMixtureForecaster(new SeasonalNaiveForecaster(), new DriftForecaster());

        var steady = TargetBacktest.Run(Growing(1), Measure.Exports, "S", shared, options);
        var jumped = TargetBacktest.Run(Growing(3), Measure.Exports, "S", shared, options);
        var fresh = TargetBacktest.Run(Growing(3), Measure.Exports, "S", new OwnWeightMixtureForecaster(new SeasonalNaiveForecaster(), new DriftForecaster()), options);

        // Through the 2006 origin the two series are one: what the weights (and the forecast) saw must be too, whatever
        // followed. And the instance's kept fits of the first series must not stand in for the second's later ones.
        Assert.Equal(
            steady.Targets.Where(c => c.OriginYear <= 2006).Select(c => c.Stated),
            jumped.Targets.Where(c => c.OriginYear <= 2006).Select(c => c.Stated));
        Assert.NotEqual(
            steady.Targets.Where(c => c.OriginYear >= 2008).Select(c => c.Stated),
            jumped.Targets.Where(c => c.OriginYear >= 2008).Select(c => c.Stated));
        Assert.Equal(fresh.Targets, jumped.Targets);
    }

    [Fact]
    public void When_the_same_backtest_runs_twice_then_the_seeded_paths_state_the_same_probabilities()
    {
        var options = new TargetBacktestOptions { Years = 2, GrowthPercents = [5], Forecast = new ForecastOptions { Paths = 100 } };

        var first = TargetBacktest.Run(Series(), Measure.Exports, "S", new ThetaForecaster(), options);
        var second = TargetBacktest.Run(Series(), Measure.Exports, "S", new ThetaForecaster(), options);

        Assert.Equal(first.Targets, second.Targets);
    }

    [Fact]
    public void When_the_lunar_new_year_is_asked_for_then_the_backtest_fits_the_adjusted_series_and_by_default_it_does_not()
    {
        // Ten years of exports, 100 a month but January/February moved by the holiday's timing: ln(Jan/Feb) = −0.6 × share.
        var values = Enumerable.Range(2005, 10).SelectMany(y => Enumerable.Range(1, 12).Select(m =>
        {
            var february = 200 / (1 + Math.Exp(-0.6 * LunarNewYear.JanuaryShare(y)));
            var value = m == 1 ? 200 - february : m == 2 ? february : 100 + m;
            return new FlowValues(Period.Month(y, m), (decimal)value, null, null);
        }));
        var series = new PairSeries(s_korea, s_china, SourceKind.Kosis, Granularity.Month, [.. values], []);
        var options = new TargetBacktestOptions { Years = 1, GrowthPercents = [0], Forecast = new ForecastOptions { Paths = 200 }, Stability = true };

        var plain = TargetBacktest.Run(series, Measure.Exports, "S", new SeasonalNaiveForecaster(), options);
        var adjusted = TargetBacktest.Run(series, Measure.Exports, "S", new SeasonalNaiveForecaster(), options with { LunarNewYear = true });

        Assert.False(new TargetBacktestOptions().LunarNewYear);
        // Seasonal naive repeats last year's January: as published it carries last year's holiday date, adjusted it
        // carries the new year's, so a January whose holiday moved is forecast apart.
        var januaries = plain.Stability.Zip(adjusted.Stability).Where(p => p.First.NewStep.StartMonth == 1).ToList();
        Assert.NotEmpty(januaries);
        Assert.Contains(januaries, p => p.First.Before != p.Second.Before || p.First.After != p.Second.After);
    }

    [Fact]
    public void When_stability_is_asked_for_then_every_step_of_the_year_after_an_origin_is_compared_with_the_one_before()
    {
        var options = new TargetBacktestOptions { Years = 2, GrowthPercents = [0, 5], Forecast = new ForecastOptions { Paths = 200 } };

        var without = TargetBacktest.Run(Series(), Measure.Exports, "S", new DriftForecaster(), options);
        var run = TargetBacktest.Run(Series(), Measure.Exports, "S", new DriftForecaster(), options with { Stability = true });

        Assert.Empty(without.Stability);
        Assert.Equal(without.Targets, run.Targets);
        // Origin 2002: January to November 2003 × 2 horizons × 2 growths; origin 2003: January to November 2004 × 1 × 2.
        Assert.Equal((11 * 4) + (11 * 2), run.Stability.Count);
        Assert.All(run.Stability, c => Assert.True(c.NewStep.Year == c.OriginYear + 1 && c.NewStep.EndMonth < 12));
        // The first comparison starts from what the December origin stated, the next from what January stated.
        var origin = run.Targets.Single(c => c.OriginYear == 2002 && c.Horizon == 2 && c.GrowthPercent == 5);
        var january = run.Stability.Single(c => c.OriginYear == 2002 && c.Horizon == 2 && c.GrowthPercent == 5 && c.NewStep == Period.Month(2003, 1));
        var february = run.Stability.Single(c => c.OriginYear == 2002 && c.Horizon == 2 && c.GrowthPercent == 5 && c.NewStep == Period.Month(2003, 2));
        Assert.Equal(origin.Stated, january.Before);
        Assert.Equal(january.After, february.Before);
    }

    [Fact]
    public void When_probabilities_moved_then_the_stability_scores_count_only_ordinary_months_and_follow_by_hand()
    {
        var month = Period.Month(2003, 1);
        StabilityCase Case(int horizon, double before, double after, bool ordinary) => new("S", 2002, horizon, 0, month, before, after, ordinary);
        var run = new TargetBacktestRun("m", [], [], [])
        {
            Stability = [Case(1, 0.5, 0.6, true), Case(1, 0.5, 0.48, true), Case(2, 0.2, 0.2, true), Case(2, 0.3, 0.7, false), Case(2, double.NaN, 0.1, true)],
        };

        var all = CalibrationScores.Stability(run, 1, 2);
        var two = CalibrationScores.Stability(run, 2, 2);

        // Ordinary, stated both times: |Δ| 10, 2 and 0 points; the 40-point move came on a month outside the interval.
        Assert.Equal((3, 1, 1), (all.Changes, all.Steps, all.StepsOutside));
        Assert.Equal(2, all.MedianPoints, 9);
        Assert.Equal(4, all.MeanPoints, 9);
        Assert.Equal(8.4, all.P90Points, 9); // R's type 7: 2 + 0.8 × (10 − 2)
        Assert.Equal(10, all.MaxPoints, 9);
        Assert.Equal(13, all.MeanAllPoints, 9); // 10, 2, 0 and 40
        Assert.Equal((1, 0.0), (two.Changes, two.MeanPoints));
    }
}
