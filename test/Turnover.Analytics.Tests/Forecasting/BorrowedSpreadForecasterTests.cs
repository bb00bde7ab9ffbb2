using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

public sealed class BorrowedSpreadForecasterTests
{
    /// <summary>Returns the given values as paths at every step, and their mean as the point forecast.</summary>
    private sealed class FixedPaths(string name, params double[] values) : IForecaster
    {
        public string Name => name;

        public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options) => new(
            ForecastMethod.Naive,
            [.. Enumerable.Repeat(values.Average(), horizon)],
            [.. values.Select(v => Enumerable.Repeat(v, horizon).ToArray())],
            []);
    }

    [Fact]
    public void When_the_spread_is_borrowed_then_the_other_methods_paths_are_moved_onto_the_centres_median()
    {
        var centre = new FixedPaths("Centre", 290, 300, 310);
        var spread = new FixedPaths("Wide", 50, 100, 200);

        var forecast = new BorrowedSpreadForecaster(centre, spread).Forecast(TestSeries.Of(1, 1, 2, 3), 2, new ForecastOptions());

        // The wide paths are half, once and twice their median of 100: around the centre's median of 300, 150, 300, 600.
        Assert.Equal([150.0, 300, 600], forecast.Paths.Select(p => p[1]));
        Assert.Equal([300.0, 300], forecast.Mean);
        Assert.Equal("Centre, wide spread", new BorrowedSpreadForecaster(centre, spread).Name);
    }

    [Fact]
    public void When_the_spread_methods_median_is_zero_then_its_paths_stay_as_they_are()
    {
        var centre = new FixedPaths("Centre", 300);
        var spread = new FixedPaths("Dead", 0, 0, 5);

        var forecast = new BorrowedSpreadForecaster(centre, spread).Forecast(TestSeries.Of(1, 1, 2, 3), 1, new ForecastOptions());

        Assert.Equal([0.0, 0, 5], forecast.Paths.Select(p => p[0]));
    }
}
