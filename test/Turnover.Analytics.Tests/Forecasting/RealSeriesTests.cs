using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>
/// The bundled real series (data/national, KOSIS: Korea–China trade, thousands USD, monthly 2001–2019). The
/// comparison with R's forecast::ets on the same data lives in bench/forecast-compare.
/// </summary>
public sealed class RealSeriesTests
{
    [Fact]
    public void When_korea_exports_to_china_are_fitted_then_a_multiplicative_seasonal_model_is_chosen()
    {
        var info = new EtsForecaster().Fit(TestSeries.KoreaExportsToChina(), out var note);

        Assert.NotNull(info);
        Assert.Empty(note);
        Assert.Equal(EtsError.Multiplicative, info.Model.Error);
        Assert.Equal(EtsSeason.Multiplicative, info.Model.Season);
        Assert.Equal(228, info.Observations);
        Assert.InRange(info.Sigma, 0.05, 0.08); // one-step errors of 5–8% a month
    }

    [Fact]
    public void When_2018_is_forecast_from_2001_to_2017_then_the_annual_total_is_within_six_percent()
    {
        // Actual 2018 exports to China: 162,125,055 thousand USD.
        var history = TestSeries.KoreaExportsToChina().Values.Take(204).ToArray();

        var forecast = new EtsForecaster().Forecast(new ModelSeries(history, 12), 12, new ForecastOptions());

        Assert.Equal(162_125_055, forecast.Mean.Sum(), 0.06 * 162_125_055);
    }

    [Fact]
    public void When_january_and_february_are_combined_as_china_publishes_then_an_11_step_season_is_fitted()
    {
        var monthly = TestSeries.KoreaExportsToChina().Values;
        var elevenStep = new List<double?>();
        for (var year = 0; year < 19; year++)
        {
            elevenStep.Add(monthly[year * 12] + monthly[(year * 12) + 1]);
            elevenStep.AddRange(monthly.Skip((year * 12) + 2).Take(10));
        }

        var forecast = new EtsForecaster().Forecast(new ModelSeries(elevenStep.Take(17 * 11).ToArray(), 11), 11, new ForecastOptions());

        Assert.NotEqual(EtsSeason.None, forecast.Method.Form?.Season);
        Assert.Equal(162_125_055, forecast.Mean.Sum(), 0.06 * 162_125_055);
        Assert.True(forecast.Mean[0] > 1.5 * forecast.Mean[1], "the Jan+Feb step is about two months of trade");
    }

    [Fact]
    public void When_the_crisis_months_are_missing_then_the_fit_uses_the_other_observations()
    {
        // Dec 2008 – Mar 2009 removed: the fit skips them rather than filling them.
        var values = TestSeries.KoreaExportsToChina().Values.Select((v, t) => t is >= 95 and <= 98 ? null : v).ToArray();

        var info = new EtsForecaster().Fit(new ModelSeries(values, 12), out _);

        Assert.NotNull(info);
        Assert.Equal(224, info.Observations);
        Assert.Equal(EtsSeason.Multiplicative, info.Model.Season);
    }

    [Fact]
    public void When_seasonal_naive_is_backtested_on_korea_imports_then_mase_matches_a_direct_computation()
    {
        var series = TestSeries.KoreaImportsFromChina();
        var y = series.Values.Select(v => v!.Value).ToArray();

        var result = Backtest.Run(series, new SeasonalNaiveForecaster(), horizon: 12, origins: 4, new ForecastOptions { Paths = 200 });

        // Origins 213…216: the forecast for month T + h (h < 12) is the value 12 months earlier.
        var expected = Enumerable.Range(213, 4).Average(origin =>
        {
            var scale = Enumerable.Range(12, origin - 12).Average(t => Math.Abs(y[t] - y[t - 12]));
            return Enumerable.Range(origin, 12).Average(t => Math.Abs(y[t] - y[t - 12])) / scale;
        });
        Assert.Equal([213, 214, 215, 216], result.Origins.Select(o => o.TrainingLength));
        Assert.Equal(expected, result.Mase, 12);
        Assert.Equal(48, result.Points);
    }

    [Fact]
    public void When_ets_is_backtested_on_korea_imports_then_every_origin_fits_a_model_and_the_intervals_nest()
    {
        var result = Backtest.Run(TestSeries.KoreaImportsFromChina(), new EtsForecaster(), horizon: 12, origins: 4, new ForecastOptions { Paths = 500 });

        Assert.All(result.Origins, o => Assert.NotNull(o.Method.Form));
        Assert.All(result.Origins, o => Assert.Empty(o.Notes));
        Assert.InRange(result.Mase, 0.5, 1.5); // 2019 months forecast from 2018 data: 0.94 when written
        Assert.InRange(result.Coverage95, result.Coverage80, 1.0);
        Assert.InRange(result.Coverage95, 0.8, 1.0);
    }
}
