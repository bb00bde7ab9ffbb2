using Turnover.Analytics.Calibration;
using Turnover.Analytics.Forecasting;
using Turnover.Core;

namespace Turnover.Analytics.Tests.Calibration;

/// <summary>The arithmetic of the target backtest, on cases small enough to compute by hand.</summary>
public sealed class CalibrationScoresTests
{
    [Fact]
    public void When_three_probabilities_are_scored_then_the_brier_score_is_the_mean_squared_miss()
    {
        // (0.8 − 1)² + (0.3 − 0)² + (0.5 − 1)² = 0.04 + 0.09 + 0.25 = 0.38, over 3.
        var brier = CalibrationScores.Brier([(0.8, true), (0.3, false), (0.5, true)]);

        Assert.Equal(0.38 / 3, brier, 12);
    }

    [Fact]
    public void When_there_are_no_cases_then_the_scores_are_not_numbers()
    {
        Assert.True(double.IsNaN(CalibrationScores.Brier([])));
        Assert.True(double.IsNaN(CalibrationScores.Coverage([])));
    }

    [Fact]
    public void When_probabilities_are_binned_then_each_bin_holds_its_count_mean_and_share_met_and_one_goes_in_the_last()
    {
        var bins = CalibrationScores.Reliability([(0.05, false), (0.07, true), (0.95, true), (1.0, true), (0.55, false), (0.5, true)]);

        Assert.Equal(10, bins.Count);
        Assert.Equal((0.0, 0.1, 2), (bins[0].From, bins[0].To, bins[0].Cases));
        Assert.Equal(0.06, bins[0].MeanStated, 12);
        Assert.Equal(0.5, bins[0].Observed, 12);
        Assert.Equal(44, bins[0].GapPoints, 9);
        // 0.5 opens the 50–60% bin (lower bound inclusive).
        Assert.Equal((2, 0.525, 0.5), (bins[5].Cases, Math.Round(bins[5].MeanStated, 12), bins[5].Observed));
        Assert.Equal((2, 0.975, 1.0), (bins[9].Cases, Math.Round(bins[9].MeanStated, 12), bins[9].Observed));
        Assert.All(new[] { 1, 2, 3, 4, 6, 7, 8 }, b => Assert.Equal(0, bins[b].Cases));
        Assert.True(double.IsNaN(bins[1].Observed));
    }

    [Fact]
    public void When_three_of_four_actuals_are_inside_then_coverage_is_three_quarters()
    {
        Assert.Equal(0.75, CalibrationScores.Coverage([true, false, true, true]));
    }

    [Fact]
    public void When_the_base_rate_baseline_is_scored_then_each_growth_and_horizon_gets_its_own_share_met()
    {
        // Horizon 1, +10%: two of four met, so 0.5 each and 0.25 per case; horizon 2, +10%: both met, so 1 and 0.
        TargetCase[] cases = [Case(1, 10, true), Case(1, 10, false), Case(1, 10, false), Case(1, 10, true), Case(2, 10, true), Case(2, 10, true)];

        Assert.Equal(1.0 / 6, CalibrationScores.BaseRateBrier(cases), 12);
    }

    [Fact]
    public void When_a_run_is_scored_over_two_horizons_then_brier_skill_and_inclusive_interval_coverage_follow_by_hand()
    {
        TargetCase[] targets = [Case(1, 0, true, stated: 0.9, climatology: 0.5), Case(2, 0, false, stated: 0.2, climatology: 0.5), Case(3, 0, true, stated: 0, climatology: 0)];
        AnnualIntervalCase[] years =
        [
            Year(1, actual: 100, lower95: 80, lower80: 90, upper80: 100, upper95: 120), // on the 80% upper bound: inside both
            Year(2, actual: 85, lower95: 80, lower80: 90, upper80: 110, upper95: 120), // inside 95% only
            Year(3, actual: 10, lower95: 80, lower80: 90, upper80: 110, upper95: 120), // horizon 3: not counted
        ];

        var scores = CalibrationScores.Score(new TargetBacktestRun("test", [], targets, years), 1, 2);

        // Brier (0.01 + 0.04) / 2 = 0.025; climatology (0.25 + 0.25) / 2 = 0.25; skill 1 − 0.025 / 0.25 = 0.9.
        Assert.Equal((1, 2, 2, 0.5), (scores.FromHorizon, scores.ToHorizon, scores.Targets, scores.BaseRate));
        Assert.Equal(0.025, scores.Brier, 12);
        Assert.Equal(0.25, scores.BrierClimatology, 12);
        Assert.Equal(0.9, scores.SkillVsClimatology, 12);
        Assert.Equal((2, 0.5, 1.0), (scores.Years, scores.Coverage80, scores.Coverage95));
    }

    private static TargetCase Case(int horizon, double growth, bool met, double stated = 0.5, double climatology = 0.5) =>
        new("S", 2010, horizon, growth, 100m, stated, climatology, met);

    private static AnnualIntervalCase Year(int horizon, decimal actual, decimal lower95, decimal lower80, decimal upper80, decimal upper95) =>
        new("S", 2010, horizon, actual, new FanStep(Period.OfYear(2010 + horizon), lower95, lower80, (lower80 + upper80) / 2, upper80, upper95));
}
