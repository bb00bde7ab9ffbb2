using Turnover.Analytics.Calibration;
using Turnover.Analytics.Forecasting;
using Turnover.Core;

namespace Turnover.Analytics.Tests.Calibration;

/// <summary>
/// Corrections learnt across series: what each origin may learn from (other series, outcomes known by then), and
/// that a correction learnt from no one leaves the probabilities as stated.
/// </summary>
public sealed class CrossCalibrationTests
{
    private static readonly Country s_korea = CountryCatalog.Default.FromCode(410);
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);

    /// <summary>
    /// Three series' targets at origins 2000–2009, horizons 1–3, stated 10–90%: a too-sure history (the unlikely met
    /// half the time) to learn from, whose outcomes are then changed where the learning rule must not look.
    /// </summary>
    private static TargetBacktestRun Run(Func<TargetCase, bool>? flip = null)
    {
        var random = new Random(11);
        var targets = new List<TargetCase>();
        foreach (var series in new[] { "A", "B", "C" })
        {
            for (var origin = 2000; origin <= 2009; origin++)
            {
                for (var k = 1; k <= 3; k++)
                {
                    foreach (var stated in new[] { 0.1, 0.3, 0.5, 0.7, 0.9 })
                    {
                        var c = new TargetCase(series, origin, k, 0, 100, stated, 0.5, random.NextDouble() < 0.5);
                        targets.Add(flip is not null && flip(c) ? c with { Met = !c.Met } : c);
                    }
                }
            }
        }

        return new TargetBacktestRun("m", [.. new[] { "A", "B", "C" }.Select(s => new SeriesOrigins(s, [.. Enumerable.Range(2000, 10)]))], targets, []);
    }

    private static IEnumerable<double> StatedAt(TargetBacktestRun run, string series, int origin) =>
        run.Targets.Where(c => c.Series == series && c.OriginYear == origin).Select(c => c.Stated);

    [Theory]
    [InlineData(CrossCorrection.Logistic)]
    [InlineData(CrossCorrection.Binned)]
    public void When_the_series_own_or_later_outcomes_change_then_its_corrected_probabilities_do_not(CrossCorrection correction)
    {
        var baseline = CrossCalibration.Apply(Run(), correction, null, "x");
        // A's own outcomes at every origin, and the other series' outcomes decided after 2005 (deadline 2006 or later).
        var own = CrossCalibration.Apply(Run(c => c.Series == "A"), correction, null, "x");
        var later = CrossCalibration.Apply(Run(c => c.Series != "A" && c.OriginYear + c.Horizon > 2005), correction, null, "x");
        // The other series' outcomes known by 2005 are what it learns from: changing them must change A's 2005 probabilities.
        var known = CrossCalibration.Apply(Run(c => c.Series != "A" && c.OriginYear + c.Horizon <= 2005), correction, null, "x");

        Assert.Equal(StatedAt(baseline, "A", 2005), StatedAt(own, "A", 2005));
        Assert.Equal(StatedAt(baseline, "A", 2005), StatedAt(later, "A", 2005));
        Assert.NotEqual(StatedAt(baseline, "A", 2005), StatedAt(known, "A", 2005));
        // At the first origin nothing is known yet: the probabilities stand as stated.
        Assert.Equal(StatedAt(Run(), "A", 2000), StatedAt(baseline, "A", 2000));
    }

    [Fact]
    public void When_kinds_are_given_then_a_series_learns_only_from_its_own_kind()
    {
        static string Kind(string series) => series == "C" ? "line" : "pair";
        var baseline = CrossCalibration.Apply(Run(), CrossCorrection.Logistic, Kind, "x");
        var otherKind = CrossCalibration.Apply(Run(c => c.Series == "C"), CrossCorrection.Logistic, Kind, "x");
        var sameKind = CrossCalibration.Apply(Run(c => c.Series == "B"), CrossCorrection.Logistic, Kind, "x");

        Assert.Equal(StatedAt(baseline, "A", 2008), StatedAt(otherKind, "A", 2008));
        Assert.NotEqual(StatedAt(baseline, "A", 2008), StatedAt(sameKind, "A", 2008));
    }

    [Fact]
    public void When_the_history_rule_is_asked_then_it_admits_other_series_whose_deadline_has_passed()
    {
        var history = new CrossSeriesHistory("A", 2005);

        Assert.True(history.Admits("B", 2002, 3));
        Assert.False(history.Admits("B", 2003, 3)); // deadline 2006, after the origin
        Assert.False(history.Admits("A", 2001, 1)); // the series itself
        // A window of three years: deadlines 2003–2005 only.
        var recent = history with { WindowYears = 3 };
        Assert.True(recent.Admits("B", 2002, 1));
        Assert.False(recent.Admits("B", 2001, 1));
        Assert.False(recent.Admits("B", 2004, 2));
    }

    [Fact]
    public void When_an_annual_total_is_the_series_own_or_later_then_the_width_factors_ignore_it()
    {
        // B's and C's one-year totals known by 2005 fall at twice the 80% bound's log distance: too narrow.
        AnnualIntervalCase Year(string series, int origin, decimal actual) =>
            new(series, origin, 1, actual, new FanStep(Period.OfYear(origin + 1), 25, 50, 100, 200, 400));
        List<AnnualIntervalCase> Cases(decimal own, decimal later) =>
        [
            Year("B", 2003, 400), Year("C", 2004, 25), Year("A", 2003, own), Year("B", 2005, later), Year("C", 2006, later),
        ];
        var history = new CrossSeriesHistory("A", 2005);

        var (upper, lower) = CrossCalibration.Factors([.. history.Intervals(Cases(100, 100))], 2, CrossCorrection.Widths);
        var (upperChanged, _) = CrossCalibration.Factors([.. history.Intervals(Cases(10_000, 10_000))], 2, CrossCorrection.Widths);

        // Two z of 2 × 1.2816 against a prior of 4 sums at 1: √((4 + 2 × 6.57) / 6).
        var expected = Math.Sqrt((4 + (2 * Math.Pow(2 * 1.2816, 2))) / 6);
        Assert.Equal(expected, upper[0], 9);
        Assert.Equal(expected, lower[0], 9);
        Assert.Equal(upper, upperChanged);
        // Nothing known two years ahead: the first year's factor, shrunk towards as if four sums agreed, stays.
        Assert.Equal(expected, upper[1], 9);
    }

    // Eight years of monthly exports growing 5% a year with a wobble, times a level per series.
    private static PairSeries Growing(double level) => new(
        s_korea, s_china, SourceKind.Kosis, Granularity.Month,
        [.. Enumerable.Range(2001, 8).SelectMany(y => Enumerable.Range(1, 12).Select(m => new FlowValues(
            Period.Month(y, m),
            Math.Round((decimal)(level * 100 * Math.Pow(1.05, y - 2001) * (1 + (0.1 * Math.Sin(3 * ((y * 12) + m))))), 3),
            null,
            null)))],
        []);

    [Fact]
    public void When_no_other_series_is_known_then_the_kept_paths_restate_the_target_checks_probabilities_exactly()
    {
        var options = new TargetBacktestOptions { Years = 3, GrowthPercents = [-5, 0, 5, 10], Forecast = new ForecastOptions { Paths = 300 }, KeepPaths = true };
        var run = TargetBacktest.Run(Growing(1), Measure.Exports, "S", new DriftForecaster(), options);

        var restated = CrossCalibration.Apply(run, CrossCorrection.Widths, null, "x");

        Assert.NotEmpty(run.Paths);
        Assert.Equal(run.Targets.Select(c => c.Stated), restated.Targets.Select(c => c.Stated));
        Assert.Equal(run.Intervals, restated.Intervals);
    }

    [Fact]
    public void When_other_series_were_too_narrow_then_the_widths_learnt_from_them_widen_the_next_series_intervals()
    {
        var options = new TargetBacktestOptions { Years = 2, GrowthPercents = [0, 20], Forecast = new ForecastOptions { Paths = 300 }, KeepPaths = true };
        var calm = TargetBacktest.Run(Growing(1), Measure.Exports, "calm", new DriftForecaster(), options);
        // The other series: its actual annual totals put 4× away from the median (log distance), far outside the intervals.
        var wild = TargetBacktest.Run(Growing(2), Measure.Exports, "wild", new DriftForecaster(), options);
        wild = wild with { Intervals = [.. wild.Intervals.Select(i => i with { ActualUsd = i.Fan.Median * 4 })] };
        var both = calm.Append(wild);

        var restated = CrossCalibration.Apply(both, CrossCorrection.Widths, null, "x");

        var before = calm.Intervals.Single(i => i.OriginYear == 2006 && i.Horizon == 1).Fan;
        var after = restated.Intervals.Single(i => i.Series == "calm" && i.OriginYear == 2006 && i.Horizon == 1).Fan;
        Assert.Equal(before.Median, after.Median);
        Assert.True(after.Upper80 > before.Upper80 && after.Lower80 < before.Lower80);
        // A far target becomes likelier, a near-certain one less sure.
        var far = (calm.Targets.Single(c => c.OriginYear == 2006 && c.Horizon == 1 && c.GrowthPercent == 20).Stated, restated.Targets.Single(c => c.Series == "calm" && c.OriginYear == 2006 && c.Horizon == 1 && c.GrowthPercent == 20).Stated);
        Assert.True(far.Item2 > far.Item1, $"{far}");
    }
}
