using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

public sealed class BacktestTests
{
    private static readonly ForecastOptions s_options = new() { Paths = 500 };

    [Fact]
    public void When_actuals_are_given_then_mase_and_smape_are_the_hand_computed_values()
    {
        // Training 10, 12, 11, 15 (m = 1): naive MAE = (2 + 1 + 4)/3 = 7/3.
        // Actuals 16, 20 against 15, 15: MAE 3 → MASE 9/7; sMAPE = (200·1/31 + 200·5/35)/2.
        var training = TestSeries.Of(1, 10, 12, 11, 15);
        double?[] actual = [16, 20];
        double[] forecast = [15, 15];

        Assert.Equal(7.0 / 3, ForecastAccuracy.SeasonalNaiveScale(training), 12);
        Assert.Equal(9.0 / 7, ForecastAccuracy.Mase(actual, forecast, training), 12);
        Assert.Equal(((200.0 / 31) + (1000.0 / 35)) / 2, ForecastAccuracy.Smape(actual, forecast), 12);
    }

    [Fact]
    public void When_an_actual_is_missing_then_it_is_left_out_of_the_measures()
    {
        var training = TestSeries.Of(1, 10, 12, 11, 15);

        Assert.Equal(3 / (7.0 / 3), ForecastAccuracy.Mase([null, 18], [15, 15], training), 12);
        Assert.True(double.IsNaN(ForecastAccuracy.Smape([null, null], [1, 2])));
    }

    [Fact]
    public void When_the_series_repeats_exactly_then_seasonal_naive_backtests_perfectly()
    {
        var series = TestSeries.Repeat([5, 9, 7, 3], 6);

        var result = Backtest.Run(series, new SeasonalNaiveForecaster(), horizon: 4, origins: 3, s_options);

        Assert.Equal("Seasonal naive", result.Method);
        Assert.Equal([18, 19, 20], result.Origins.Select(o => o.TrainingLength));
        Assert.Equal(12, result.Points);
        Assert.Equal(0, result.Smape);
        Assert.Equal(1, result.Coverage80);
        Assert.Equal(1, result.Coverage95);
        Assert.True(double.IsNaN(result.Mase)); // in-sample seasonal differences are all zero: no scale
    }

    [Fact]
    public void When_drift_is_backtested_then_each_origin_is_scored_against_its_own_training_data()
    {
        // 1, 2, 4, 7, 11, 16: origins at 4 and 5 with h = 1.
        // Origin 4 (1, 2, 4, 7): drift 2 → 9 vs 11, naive MAE (1 + 2 + 3)/3 = 2 → MASE 1.
        // Origin 5 (… 11): drift 2.5 → 13.5 vs 16, naive MAE (1 + 2 + 3 + 4)/4 = 2.5 → MASE 1.
        var series = TestSeries.Of(1, 1, 2, 4, 7, 11, 16);

        var result = Backtest.Run(series, new DriftForecaster(), horizon: 1, origins: 2, s_options);

        Assert.Equal([1.0, 1.0], result.Origins.Select(o => o.Mase));
        Assert.Equal(1, result.Mase, 12);
        Assert.Equal(((200 * 2 / 20.0) + (200 * 2.5 / 29.5)) / 2, result.Smape, 12);
        Assert.Equal(2, result.Points);
    }

    [Fact]
    public void When_there_is_not_enough_history_for_an_origin_then_it_is_skipped()
    {
        var result = Backtest.Run(TestSeries.Of(1, 1, 2, 3), new DriftForecaster(), horizon: 1, origins: 5, s_options);

        Assert.Equal([2], result.Origins.Select(o => o.TrainingLength));
    }

    [Fact]
    public void When_several_methods_are_backtested_then_each_gets_a_result_in_order()
    {
        var results = Backtest.Run(TestSeries.NoisySeasonal(years: 5), [new SeasonalNaiveForecaster(), new ThetaForecaster()], horizon: 6, origins: 4, s_options);

        Assert.Equal(["Seasonal naive", "Theta"], results.Select(r => r.Method));
        Assert.All(results, r => Assert.Equal(24, r.Points));
        Assert.All(results, r => Assert.InRange(r.Coverage95, r.Coverage80, 1));
    }

    [Fact]
    public void When_nothing_is_observed_before_an_origin_then_that_origin_scores_no_points()
    {
        // Origin 2 sees (null, null): NaN forecast, nothing to score. Origin 3 sees (null, null, 6): naive 6 vs 8.
        var result = Backtest.Run(TestSeries.Of(1, null, null, 6, 8), new SeasonalNaiveForecaster(), horizon: 1, origins: 2, s_options);

        Assert.Equal([0, 1], result.Origins.Select(o => o.Points));
        Assert.Equal(1, result.Points);
        Assert.Equal(200 * 2 / 14.0, result.Smape, 12);
    }
}
