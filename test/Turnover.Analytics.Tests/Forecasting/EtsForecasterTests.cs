using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>ETS fitting and selection on series whose right answer is known.</summary>
public sealed class EtsForecasterTests
{
    private static readonly ForecastOptions s_options = new() { Paths = 1000 };

    [Fact]
    public void When_the_series_is_a_noiseless_line_then_ets_recovers_the_trend()
    {
        var series = TestSeries.Line(48, level: 200, slope: 5);

        var forecast = new EtsForecaster().Forecast(series, 12, s_options);

        Assert.Matches(@"^ETS\([AM],A,N\)$", FormOf(forecast));
        for (var h = 0; h < 12; h++)
        {
            Assert.Equal(200 + (5 * (48 + h)), forecast.Mean[h], 0.05);
        }
    }

    [Fact]
    public void When_the_series_repeats_a_pattern_then_ets_forecasts_the_pattern()
    {
        double[] cycle = [80, 90, 110, 120, 100, 95, 105, 115, 125, 100, 70, 90];
        var series = TestSeries.Repeat(cycle, 5);

        var forecast = new EtsForecaster().Forecast(series, 24, s_options);

        Assert.Matches(@"^ETS\([AM],N,[AM]\)$", FormOf(forecast));
        for (var h = 0; h < 24; h++)
        {
            Assert.Equal(cycle[h % 12], forecast.Mean[h], 0.01);
        }
    }

    [Fact]
    public void When_the_series_is_clearly_seasonal_then_aicc_picks_a_seasonal_model()
    {
        var info = new EtsForecaster().Fit(TestSeries.NoisySeasonal(years: 8), out var note);

        Assert.NotNull(info);
        Assert.NotEqual(EtsSeason.None, info.Model.Season);
        Assert.Empty(note);
        Assert.InRange(info.Sigma, 0.02, 0.05); // the 3% noise, as a relative error (multiplicative models)
    }

    [Fact]
    public void When_the_series_is_white_noise_then_aicc_picks_a_model_without_season_or_trend()
    {
        var info = new EtsForecaster().Fit(TestSeries.WhiteNoise(96), out _);

        Assert.NotNull(info);
        Assert.Equal(EtsSeason.None, info.Model.Season);
        Assert.Equal(EtsTrend.None, info.Model.Trend);
        Assert.InRange(info.Alpha, 0, 0.2); // white noise: the level barely moves
    }

    [Fact]
    public void When_values_are_missing_then_the_fit_skips_them_and_forecasts_stay_finite()
    {
        var full = TestSeries.NoisySeasonal(years: 6);
        var values = full.Values.Select((v, t) => t % 7 == 3 || t is >= 30 and < 34 ? null : v).ToArray();
        var series = new ModelSeries(values, 12);

        var info = new EtsForecaster().Fit(series, out _);
        var forecast = new EtsForecaster().Forecast(series, 12, s_options);

        Assert.NotNull(info);
        Assert.Equal(series.ObservedCount, info.Observations);
        Assert.NotEqual(EtsSeason.None, info.Model.Season);
        Assert.All(forecast.Mean, v => Assert.True(double.IsFinite(v) && v > 0));
        Assert.All(forecast.Paths, p => Assert.All(p, v => Assert.True(double.IsFinite(v))));
    }

    [Fact]
    public void When_the_series_has_zeros_then_no_multiplicative_model_is_chosen()
    {
        var seasonal = TestSeries.NoisySeasonal(years: 5);
        var values = seasonal.Values.Select((v, t) => t % 12 == 0 ? 0 : v).ToArray();

        var forecast = new EtsForecaster().Forecast(new ModelSeries(values, 12), 12, s_options);

        Assert.Equal(EtsError.Additive, forecast.Method.Form?.Error);
        Assert.NotEqual(EtsSeason.Multiplicative, forecast.Method.Form?.Season);
        Assert.Contains(forecast.Notes, n => n.Kind == ForecastNoteKind.NonPositiveValues);
    }

    [Fact]
    public void When_a_multiplicative_model_is_forced_on_data_with_zeros_then_aicc_chooses_instead_and_says_so()
    {
        var forecast = new EtsForecaster(EtsModel.Parse("MAdM")).Forecast(TestSeries.Of(12, Enumerable.Range(0, 36).Select(t => (double?)(t % 5)).ToArray()), 6, s_options);

        Assert.DoesNotContain("M", FormOf(forecast)[4..], StringComparison.Ordinal);
        Assert.Equal(new ForecastNote(ForecastNoteKind.ModelNotFitted) { Model = ForecastMethod.Ets(EtsModel.Parse("MAdM")) }, forecast.Notes[0]);
    }

    [Fact]
    public void When_a_model_is_forced_then_that_model_is_fitted()
    {
        var forecast = new EtsForecaster(EtsModel.Parse("MAdM")).Forecast(TestSeries.NoisySeasonal(years: 6), 12, s_options);

        Assert.Equal(ForecastMethod.Ets(EtsModel.Parse("MAdM")), forecast.Method);
        Assert.Empty(forecast.Notes);
    }

    [Fact]
    public void When_the_series_is_shorter_than_two_seasons_then_only_non_seasonal_models_are_fitted()
    {
        var series = new ModelSeries(TestSeries.NoisySeasonal(years: 2).Values.Take(20).ToArray(), 12);

        var forecast = new EtsForecaster().Forecast(series, 6, s_options);

        Assert.Equal(EtsSeason.None, forecast.Method.Form?.Season);
        Assert.Contains(forecast.Notes, n => n.Kind == ForecastNoteKind.FewerThanTwoSeasons);
    }

    [Fact]
    public void When_only_three_values_are_observed_then_the_forecast_is_naive_with_a_note()
    {
        var forecast = new EtsForecaster().Forecast(TestSeries.Of(12, 5, null, 7, 6), 3, s_options);

        Assert.Equal(ForecastMethod.Naive, forecast.Method);
        Assert.Equal([6.0, 6, 6], forecast.Mean);
        Assert.Contains(new ForecastNote(ForecastNoteKind.TooFewObservations) { Count = 3, Model = ForecastMethod.Ets(null), Fallback = ForecastMethod.Naive }, forecast.Notes);
    }

    [Fact]
    public void When_nothing_is_observed_then_the_forecast_is_nan_with_a_note()
    {
        var forecast = new EtsForecaster().Forecast(TestSeries.Of(12, null, null), 2, s_options);

        Assert.All(forecast.Mean, v => Assert.True(double.IsNaN(v)));
        Assert.Contains(forecast.Notes, n => n.Kind == ForecastNoteKind.NothingObserved);
    }

    [Fact]
    public void When_the_series_is_constant_then_the_forecast_repeats_it()
    {
        var forecast = new EtsForecaster().Forecast(TestSeries.Of(1, 4, 4, 4, 4, 4, 4, 4), 2, s_options);

        Assert.Equal([4.0, 4], forecast.Mean);
        Assert.All(forecast.Paths, p => Assert.Equal([4.0, 4], p));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(4)]
    public void When_the_season_length_is_not_twelve_then_the_pattern_is_still_recovered(int m)
    {
        var cycle = Enumerable.Range(0, m).Select(k => 100.0 + (30 * Math.Cos(2 * Math.PI * k / m))).ToArray();

        var forecast = new EtsForecaster().Forecast(TestSeries.Repeat(cycle, 6), 2 * m, s_options);

        Assert.NotEqual(EtsSeason.None, forecast.Method.Form?.Season);
        for (var h = 0; h < 2 * m; h++)
        {
            Assert.Equal(cycle[h % m], forecast.Mean[h], 0.05);
        }
    }

    [Fact]
    public void When_the_series_collapses_and_recovers_then_the_fit_survives_and_forecasts_are_finite()
    {
        // A 2015-style collapse: −60% in one month, spikes, then recovery.
        var values = TestSeries.NoisySeasonal(years: 8).Values.Select((v, t) => t switch
        {
            60 => v * 5,
            >= 50 and < 70 => v * 0.4,
            _ => v,
        }).ToArray();

        var forecast = new EtsForecaster().Forecast(new ModelSeries(values, 12), 24, s_options);

        Assert.All(forecast.Mean, v => Assert.True(double.IsFinite(v) && v >= 0));
        Assert.All(forecast.Paths, p => Assert.All(p, v => Assert.True(double.IsFinite(v) && v >= 0)));
    }

    [Fact]
    public void When_a_series_is_rescaled_then_ets_chooses_the_same_model_and_scales_the_forecast()
    {
        // Thousands of USD or USD billions: the optimiser works in units of the mean, so the unit does not matter.
        var series = TestSeries.NoisySeasonal(years: 5);
        var small = new ModelSeries(series.Values.Select(v => v * 1e-6).ToArray(), 12);
        var large = new ModelSeries(series.Values.Select(v => v * 1e6).ToArray(), 12);

        var a = new EtsForecaster().Forecast(small, 6, s_options);
        var b = new EtsForecaster().Forecast(large, 6, s_options);

        Assert.Equal(a.Method, b.Method);
        for (var h = 0; h < 6; h++)
        {
            Assert.Equal(1e12, b.Mean[h] / a.Mean[h], 1e12 * 1e-9);
        }
    }

    /// <summary>The ETS form fitted, as written conventionally ("ETS(M,Ad,M)"); empty when the method is not one ETS form.</summary>
    private static string FormOf(Forecast forecast) =>
        forecast.Method.Family == ForecastFamily.Ets && forecast.Method.Form is { } form ? form.ToString() : string.Empty;
}
