using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

public sealed class EstimatedParameterForecasterTests
{
    /// <summary>Returns fixed paths at every step: 50, 100 (the median) and 200.</summary>
    private sealed class FixedPaths : IForecaster
    {
        public string Name => "Fixed";

        public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options) => new(
            ForecastMethod.Naive,
            [.. Enumerable.Repeat(100.0, horizon)],
            [Enumerable.Repeat(50.0, horizon).ToArray(), Enumerable.Repeat(100.0, horizon).ToArray(), Enumerable.Repeat(200.0, horizon).ToArray()],
            []);
    }

    [Fact]
    public void When_the_factor_is_asked_then_it_is_the_drift_estimates_variance_inflation()
    {
        // √(1 + h/T): 24 months of history, 12 and 72 months ahead; 240 months, 12 ahead.
        Assert.Equal(Math.Sqrt(1.5), EstimatedParameterForecaster.Factor(12, 24), 12);
        Assert.Equal(2, EstimatedParameterForecaster.Factor(72, 24), 12);
        Assert.Equal(Math.Sqrt(1.05), EstimatedParameterForecaster.Factor(12, 240), 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => EstimatedParameterForecaster.Factor(1, 0));
    }

    [Fact]
    public void When_paths_are_widened_then_each_step_takes_its_own_factor_and_a_shorter_series_a_larger_one()
    {
        // Four observed steps (one missing): step 1 ahead √(1 + 1/4), step 4 ahead √2, around the median 100.
        var short_ = new EstimatedParameterForecaster(new FixedPaths()).Forecast(TestSeries.Of(1, 1, null, 2, 3, 4), 4, new ForecastOptions());
        Assert.Equal(100 * Math.Pow(2, Math.Sqrt(1.25)), short_.Paths[2][0], 9);
        Assert.Equal(100 * Math.Pow(0.5, Math.Sqrt(2)), short_.Paths[0][3], 9);
        Assert.Equal([100.0, 100, 100, 100], short_.Paths[1]);
        Assert.Equal([100.0, 100, 100, 100], short_.Mean);

        // Eight observed steps: step 4 ahead √1.5, narrower than the short series' √2.
        var long_ = new EstimatedParameterForecaster(new FixedPaths()).Forecast(TestSeries.Of(1, 1, 2, 3, 4, 5, 6, 7, 8), 4, new ForecastOptions());
        Assert.Equal(100 * Math.Pow(2, Math.Sqrt(1.5)), long_.Paths[2][3], 9);
        Assert.Equal("Fixed widened for estimated parameters", new EstimatedParameterForecaster(new FixedPaths()).Name);
    }
}
