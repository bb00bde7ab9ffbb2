using Turnover.Analytics.Calibration;
using Turnover.Analytics.Forecasting;
using Turnover.Core;

namespace Turnover.Analytics.Tests.Calibration;

/// <summary>The width factor, on intervals whose log distances are round numbers.</summary>
public sealed class WidthFactorsTests
{
    [Fact]
    public void When_the_actual_lies_beyond_a_bound_then_its_ratio_is_the_log_distance_over_the_bounds()
    {
        // Median 100, upper bound 200: an actual of 400 is twice as far in log terms; below, 25 against a bound of 50.
        Assert.Equal(2, WidthFactors.Ratio(400, 100, 50, 200), 12);
        Assert.Equal(2, WidthFactors.Ratio(25, 100, 50, 200), 12);
        Assert.Equal(0.5, WidthFactors.Ratio(100 * (decimal)Math.Sqrt(2), 100, 50, 200), 9);
        Assert.Equal(0, WidthFactors.Ratio(100, 100, 50, 200));
        // A lower bound of zero holds every positive actual below the median; a bound on the median holds nothing past it.
        Assert.Equal(0, WidthFactors.Ratio(1, 100, 0, 200));
        Assert.Equal(double.PositiveInfinity, WidthFactors.Ratio(101, 100, 50, 100));
    }

    [Fact]
    public void When_a_tenth_of_actuals_fall_outside_then_the_factor_meets_both_levels_in_the_geometric_mean()
    {
        // Ten totals with 80% bounds 50–200 and 95% bounds 25–400 around 100: ratios to the 80% interval 0.2, 0.4, …, 2.0
        // (actual 100 × 2^r); to the 95% interval half those. 80th percentile of the first: 1.64; 95th of the second: 0.955.
        var cases = Enumerable.Range(1, 10).Select(i => Year((decimal)(100 * Math.Pow(2, 0.2 * i)))).ToList();

        var factor = WidthFactors.Estimate(cases);

        Assert.Equal(Math.Sqrt(1.64 * 0.955), factor, 9);
        Assert.True(double.IsNaN(WidthFactors.Estimate([])));
    }

    [Fact]
    public void When_a_run_is_estimated_over_a_horizon_then_only_its_totals_count()
    {
        var run = new TargetBacktestRun("test", [], [], [Year(400, horizon: 1), Year(400, horizon: 1), Year(100, horizon: 2)]);

        Assert.Equal(Math.Sqrt(2), WidthFactors.Estimate(run, 1, 1), 9); // both at ratio 2 to the 80% interval and 1 to the 95%: √(2 × 1)
        Assert.Equal(0, WidthFactors.Estimate(run, 2, 2));
    }

    private static AnnualIntervalCase Year(decimal actual, int horizon = 1) =>
        new("S", 2010, horizon, actual, new FanStep(Period.OfYear(2010 + horizon), 25, 50, 100, 200, 400));
}
