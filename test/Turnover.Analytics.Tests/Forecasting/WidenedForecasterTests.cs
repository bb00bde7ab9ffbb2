using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

public sealed class WidenedForecasterTests
{
    /// <summary>Returns fixed paths: three per step, 50, 100 (the median) and 200, then a zero path.</summary>
    private sealed class FixedPaths : IForecaster
    {
        public string Name => "Fixed";

        public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options) => new(
            ForecastMethod.Naive,
            [.. Enumerable.Repeat(100.0, horizon)],
            [Enumerable.Repeat(50.0, horizon).ToArray(), Enumerable.Repeat(100.0, horizon).ToArray(), Enumerable.Repeat(200.0, horizon).ToArray(), new double[horizon], Enumerable.Repeat(400.0, horizon).ToArray()],
            []);
    }

    [Fact]
    public void When_paths_are_widened_then_log_deviations_from_each_steps_median_scale_by_that_years_factor()
    {
        // Season length 2: steps 0–1 are the first year (×2), steps 2–3 the second (×0.5), step 4 beyond the list keeps the last.
        var forecast = new WidenedForecaster(new FixedPaths(), [2, 0.5]).Forecast(TestSeries.Of(2, 1, 2, 3, 4), 5, new ForecastOptions());

        // Median of {0, 50, 100, 200, 400} is 100: 50 → 100 × 0.5² = 25, 200 → 400, 400 → 1600; zero stays zero.
        Assert.Equal([25.0, 100, 400, 0, 1600], forecast.Paths.Select(p => p[1]));
        // ×0.5: 50 → 100 × 0.5^0.5, 200 → 100 × 2^0.5.
        Assert.Equal(100 * Math.Sqrt(0.5), forecast.Paths[0][2], 9);
        Assert.Equal(100 * Math.Sqrt(2), forecast.Paths[2][4], 9);
        Assert.Equal([100.0, 100, 100, 100, 100], forecast.Mean);
    }

    [Fact]
    public void When_the_factor_is_one_then_the_paths_are_the_inner_methods()
    {
        var inner = new DriftForecaster();
        var series = TestSeries.NoisySeasonal(years: 4);

        var plain = inner.Forecast(series, 24, new ForecastOptions { Paths = 50 });
        var widened = new WidenedForecaster(inner, [1]).Forecast(series, 24, new ForecastOptions { Paths = 50 });

        Assert.Equal(plain.Paths.SelectMany(p => p), widened.Paths.SelectMany(p => p));
        Assert.Equal("Drift, widened", new WidenedForecaster(inner, [1]).Name);
    }

    [Fact]
    public void When_a_large_factor_meets_a_path_far_above_a_small_median_then_the_value_stays_summable()
    {
        // 400 / 100 = 4 raised to 100 is about 1.6e60: capped at 1e18 so an annual total still fits a decimal.
        var forecast = new WidenedForecaster(new FixedPaths(), [100]).Forecast(TestSeries.Of(2, 1, 2, 3, 4), 2, new ForecastOptions());

        Assert.Equal(1e18, forecast.Paths[4][0]);
        Assert.Equal(0, forecast.Paths[0][0], 9);
        _ = (decimal)forecast.Paths.Sum(p => p[0] + p[1]);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void When_a_factor_is_not_positive_then_it_is_refused(double factor) =>
        Assert.Throws<ArgumentException>(() => new WidenedForecaster(new DriftForecaster(), [1, factor]));
}
