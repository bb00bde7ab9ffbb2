using Turnover.Analytics.Calibration;
using Turnover.Analytics.Forecasting;
using Turnover.Core;

namespace Turnover.Analytics.Tests.Calibration;

/// <summary>
/// The centre learnt across series (<see cref="CrossCorrection.Centre"/>, <see cref="CrossCorrection.CentreAndWidths"/>):
/// what each origin may learn it from (other series' annual totals known by then), its value, and that a shift of
/// zero leaves the target check's probabilities as they were.
/// </summary>
public sealed class CrossCentreTests
{
    private static readonly Country s_korea = CountryCatalog.Default.FromCode(410);
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);

    // Eight years of monthly exports growing 5% a year with a wobble, times a level per series.
    private static PairSeries Growing(double level) => new(
        s_korea, s_china, SourceKind.Kosis, Granularity.Month,
        [.. Enumerable.Range(2001, 8).SelectMany(y => Enumerable.Range(1, 12).Select(m => new FlowValues(
            Period.Month(y, m),
            Math.Round((decimal)(level * 100 * Math.Pow(1.05, y - 2001) * (1 + (0.1 * Math.Sin(3 * ((y * 12) + m))))), 3),
            null,
            null)))],
        []);

    /// <summary>Three series' drift backtests, paths kept, pooled: A, B and C.</summary>
    private static TargetBacktestRun ThreeSeries()
    {
        var options = new TargetBacktestOptions { Years = 2, GrowthPercents = [-5, 0, 5, 10], Forecast = new ForecastOptions { Paths = 300 }, KeepPaths = true };
        var runs = new[] { ("A", 1.0), ("B", 2.0), ("C", 3.0) }
            .Select(s => TargetBacktest.Run(Growing(s.Item2), Measure.Exports, s.Item1, new DriftForecaster(), options));
        return runs.Aggregate((a, b) => a.Append(b));
    }

    /// <summary>The run with the actual annual totals picked by <paramref name="pick"/> tripled (the forecasts left as they were).</summary>
    private static TargetBacktestRun Tripled(TargetBacktestRun run, Func<AnnualIntervalCase, bool> pick) =>
        run with { Intervals = [.. run.Intervals.Select(i => pick(i) ? i with { ActualUsd = i.ActualUsd * 3 } : i)] };

    private static List<double> StatedAt(TargetBacktestRun run, string series, int origin) =>
        [.. run.Targets.Where(c => c.Series == series && c.OriginYear == origin).Select(c => c.Stated)];

    private static List<decimal> MediansAt(TargetBacktestRun run, string series, int origin) =>
        [.. run.Intervals.Where(c => c.Series == series && c.OriginYear == origin).Select(c => c.Fan.Median)];

    [Theory]
    [InlineData(CrossCorrection.Centre)]
    [InlineData(CrossCorrection.CentreAndWidths)]
    public void When_the_series_own_or_later_totals_change_then_its_centred_probabilities_do_not(CrossCorrection correction)
    {
        var run = ThreeSeries();
        const int Origin = 2005;
        var baseline = CrossCalibration.Apply(run, correction, null, "x");
        var own = CrossCalibration.Apply(Tripled(run, i => i.Series == "A"), correction, null, "x");
        var later = CrossCalibration.Apply(Tripled(run, i => i.Series != "A" && i.OriginYear + i.Horizon > Origin), correction, null, "x");
        // What A may learn from at 2005: the other series' totals of 2005 or before. Changing them must move A's 2005 figures.
        var known = CrossCalibration.Apply(Tripled(run, i => i.Series != "A" && i.OriginYear + i.Horizon <= Origin), correction, null, "x");

        Assert.NotEmpty(StatedAt(baseline, "A", Origin));
        Assert.Equal(StatedAt(baseline, "A", Origin), StatedAt(own, "A", Origin));
        Assert.Equal(MediansAt(baseline, "A", Origin), MediansAt(own, "A", Origin));
        Assert.Equal(StatedAt(baseline, "A", Origin), StatedAt(later, "A", Origin));
        Assert.Equal(MediansAt(baseline, "A", Origin), MediansAt(later, "A", Origin));
        Assert.NotEqual(StatedAt(baseline, "A", Origin), StatedAt(known, "A", Origin));
        Assert.NotEqual(MediansAt(baseline, "A", Origin), MediansAt(known, "A", Origin));
    }

    [Fact]
    public void When_the_series_own_or_later_totals_change_then_the_centres_learnt_for_it_do_not()
    {
        // B's one-year total of 2004 was e^0.1 above its median (inside the interval); A's own, and C's of 2006, are far off.
        AnnualIntervalCase Year(string series, int origin, double actual) =>
            new(series, origin, 1, (decimal)actual, new FanStep(Period.OfYear(origin + 1), 25, 50, 100, 200, 400));
        List<AnnualIntervalCase> Cases(double own, double later) =>
            [Year("B", 2003, 100 * Math.Exp(0.1)), Year("A", 2003, own), Year("C", 2005, later)];
        var history = new CrossSeriesHistory("A", 2005);

        var centres = CrossCalibration.Centres([.. history.Intervals(Cases(100, 100))], 2);
        var changed = CrossCalibration.Centres([.. history.Intervals(Cases(10_000, 1))], 2);

        // One error of 0.1 against a prior of 4 sums at 0: 0.1 / 5; two years ahead nothing known, the year before's stays.
        Assert.Equal(0.1 / 5, centres[0], 12);
        Assert.Equal(0.1 / 5, centres[1], 12);
        Assert.Equal(centres, changed);
    }

    [Fact]
    public void When_an_error_lies_beyond_four_units_of_z_then_it_counts_as_four()
    {
        // Upper 80% bound at twice the median: one z is ln 2 / 1.2816; an actual 100 times the median is capped there.
        var far = new AnnualIntervalCase("B", 2003, 1, 10_000, new FanStep(Period.OfYear(2004), 25, 50, 100, 200, 400));
        // No scale below (a lower bound of zero): not counted at all.
        var unscaled = new AnnualIntervalCase("C", 2003, 1, 10_000, new FanStep(Period.OfYear(2004), 0, 0, 100, 200, 400));

        var centres = CrossCalibration.Centres([far, unscaled], 1);

        Assert.Equal(4 * Math.Log(2) / 1.2816 / 5, centres[0], 12);
    }

    [Fact]
    public void When_the_other_series_totals_were_on_their_medians_then_the_centre_restates_the_target_checks_probabilities_exactly()
    {
        var run = ThreeSeries();
        var onMedian = run with { Intervals = [.. run.Intervals.Select(i => i.Series == "A" ? i : i with { ActualUsd = i.Fan.Median })] };

        var restated = CrossCalibration.Apply(onMedian, CrossCorrection.Centre, null, "x");

        Assert.Equal(StatedAt(run, "A", 2006), StatedAt(restated, "A", 2006));
        Assert.Equal(run.Targets.Where(c => c.Series == "A").Select(c => c.Stated), restated.Targets.Where(c => c.Series == "A").Select(c => c.Stated));
        Assert.Equal(run.Intervals.Where(c => c.Series == "A"), restated.Intervals.Where(c => c.Series == "A"));
    }

    [Fact]
    public void When_other_series_were_under_forecast_then_the_next_series_centre_and_probabilities_rise()
    {
        var run = ThreeSeries();
        // B and C came in 30% above their medians every year.
        var under = run with { Intervals = [.. run.Intervals.Select(i => i.Series == "A" ? i : i with { ActualUsd = i.Fan.Median * 1.3m })] };

        var restated = CrossCalibration.Apply(under, CrossCorrection.Centre, null, "x");

        var before = run.Intervals.Single(i => i.Series == "A" && i.OriginYear == 2006 && i.Horizon == 1).Fan;
        var after = restated.Intervals.Single(i => i.Series == "A" && i.OriginYear == 2006 && i.Horizon == 1).Fan;
        Assert.True(after.Median > before.Median && after.Upper80 > before.Upper80 && after.Lower80 > before.Lower80, $"{before} → {after}");
        var stated = StatedAt(run, "A", 2006);
        var moved = StatedAt(restated, "A", 2006);
        Assert.All(stated.Zip(moved), p => Assert.True(p.Second >= p.First, $"{p}"));
        Assert.True(moved.Sum() > stated.Sum());
    }

    [Fact]
    public void When_the_widths_are_learnt_around_the_moved_centre_then_a_shared_bias_no_longer_widens_them()
    {
        // Every other total 1.6 z above its median: around the median the widths must grow; around the moved centre less.
        var unit = Math.Log(2) / 1.2816;
        var known = Enumerable.Range(0, 20)
            .Select(i => new AnnualIntervalCase(i % 2 == 0 ? "B" : "C", 1990 + i, 1, (decimal)(100 * Math.Exp(1.6 * unit)), new FanStep(Period.OfYear(1991 + i), 25, 50, 100, 200, 400)))
            .ToList();

        var (aroundMedian, _) = CrossCalibration.Factors(known, 1, CrossCorrection.Widths);
        var (aroundCentre, _) = CrossCalibration.Factors(known, 1, CrossCorrection.CentreAndWidths);

        Assert.True(aroundMedian[0] > 1.3, $"{aroundMedian[0]}");
        Assert.True(aroundCentre[0] < aroundMedian[0] - 0.3, $"{aroundCentre[0]} against {aroundMedian[0]}");
    }
}
