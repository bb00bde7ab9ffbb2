using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>Sample paths: intervals, reproducibility, non-negativity, for every method.</summary>
public sealed class IntervalTests
{
    public static TheoryData<string> Methods => new(Forecasters.Names);

    [Theory]
    [MemberData(nameof(Methods))]
    public void When_paths_are_simulated_then_quantiles_bracket_the_mean_and_95_is_wider_than_80(string name)
    {
        var forecast = Forecasters.Get(name).Forecast(TestSeries.NoisySeasonal(years: 6), 12, new ForecastOptions());

        Assert.Equal(2000, forecast.Paths.Count);
        for (var h = 0; h < 12; h++)
        {
            var (q025, q10, q90, q975) = (forecast.Quantile(h, 0.025), forecast.Quantile(h, 0.1), forecast.Quantile(h, 0.9), forecast.Quantile(h, 0.975));
            Assert.InRange(forecast.Mean[h], q10, q90);
            Assert.True(q975 - q025 > q90 - q10, $"h={h}: 95% [{q025}, {q975}] not wider than 80% [{q10}, {q90}]");
            Assert.True(q90 > q10, $"h={h}: empty 80% interval");
        }
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void When_the_seed_is_the_same_then_the_paths_are_identical(string name)
    {
        var series = TestSeries.NoisySeasonal(years: 4);
        var options = new ForecastOptions { Paths = 200, Seed = 42 };

        var first = Forecasters.Get(name).Forecast(series, 6, options);
        var second = Forecasters.Get(name).Forecast(series, 6, options);
        var other = Forecasters.Get(name).Forecast(series, 6, options with { Seed = 43 });

        Assert.Equal(first.Mean, second.Mean);
        Assert.Equal(first.Paths.Count, second.Paths.Count);
        for (var p = 0; p < first.Paths.Count; p++)
        {
            Assert.Equal(first.Paths[p], second.Paths[p]);
        }

        Assert.NotEqual(first.Paths[0], other.Paths[0]);
    }

    [Fact]
    public void When_ets_paths_are_simulated_then_their_median_tracks_the_point_forecast()
    {
        var forecast = new EtsForecaster().Forecast(TestSeries.NoisySeasonal(years: 6), 12, new ForecastOptions());

        for (var h = 0; h < 12; h++)
        {
            Assert.Equal(1, forecast.Quantile(h, 0.5) / forecast.Mean[h], 0.02);
        }
    }
}
