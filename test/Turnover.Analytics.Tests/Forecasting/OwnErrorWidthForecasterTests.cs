using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

public sealed class OwnErrorWidthForecasterTests
{
    /// <summary>
    /// The last observed value, flat, with eleven paths at last × e^(spread·t), t = −1, −0.8, …, 1: the 10% and 90%
    /// quantiles (interpolated, as the forecaster reads them) are at t = ∓0.8, the median at the last value.
    /// </summary>
    private sealed class FlatWithSpread(double spread) : IForecaster
    {
        public string Name => "Flat";

        public Forecast Forecast(ModelSeries series, int horizon, ForecastOptions options)
        {
            var last = series.Values.Last(v => v is not null)!.Value;
            return new Forecast(
                ForecastMethod.Naive,
                [.. Enumerable.Repeat(last, horizon)],
                [.. Enumerable.Range(0, 11).Select(i => Enumerable.Repeat(last * Math.Exp(spread * ((i - 5) / 5.0)), horizon).ToArray())],
                []);
        }
    }

    private const double Z80 = 1.2815515655446004;

    /// <summary>An annual series growing by half each year: 1, 1.5, 2.25, … (12 years).</summary>
    private static ModelSeries Growing() => TestSeries.Of(1, [.. Enumerable.Range(0, 12).Select(t => (double?)Math.Pow(1.5, t))]);

    [Fact]
    public void When_the_series_outgrew_its_intervals_then_each_year_is_widened_by_its_own_errors_shrunk_towards_the_year_before()
    {
        // Spread chosen so that one year's growth, ln 1.5, is z = 2 against the 80% bound (0.8 × spread):
        // year 1: eight earlier origins, z² = 4 each: f² = (4 × 1 + 8 × 4) / (4 + 8) = 3.
        // year 2: seven origins, z = 4 (two years' growth), z² = 16 (at the cap): f² = (4 × 3 + 7 × 16) / (4 + 7).
        var spread = Z80 * Math.Log(1.5) / (2 * 0.8);
        var forecaster = new OwnErrorWidthForecaster(new FlatWithSpread(spread)) { MinObservations = 3 };

        var factors = forecaster.Factors(Growing(), 3, new ForecastOptions());

        Assert.Equal(Math.Sqrt(3), factors[0], 9);
        Assert.Equal(Math.Sqrt(((4 * 3) + (7 * 16)) / 11.0), factors[1], 9);
        // Year 3: six origins at z = 6, capped at 4: f² = (4 × 124/11 + 6 × 16) / 10.
        Assert.Equal(Math.Sqrt(((4 * 124 / 11.0) + (6 * 16)) / 10), factors[2], 9);
    }

    [Fact]
    public void When_the_intervals_were_far_too_wide_then_they_are_narrowed_no_further_than_half()
    {
        var forecaster = new OwnErrorWidthForecaster(new FlatWithSpread(50)) { MinObservations = 3, PriorWeight = 0.001 };

        var factors = forecaster.Factors(Growing(), 2, new ForecastOptions());

        Assert.Equal([0.5, 0.5], factors);
    }

    [Fact]
    public void When_the_series_is_too_short_for_an_earlier_origin_then_the_forecast_is_the_inner_methods()
    {
        var inner = new DriftForecaster();
        var series = TestSeries.NoisySeasonal(years: 2);
        var forecaster = new OwnErrorWidthForecaster(inner);

        var plain = inner.Forecast(series, 24, new ForecastOptions { Paths = 50 });
        var own = forecaster.Forecast(series, 24, new ForecastOptions { Paths = 50 });

        Assert.Equal([1.0, 1.0], forecaster.Factors(series, 24, new ForecastOptions { Paths = 50 }));
        Assert.Equal(plain.Paths.SelectMany(p => p), own.Paths.SelectMany(p => p));
        Assert.Equal("Drift, own-error widths", forecaster.Name);
    }

    [Fact]
    public void When_a_year_after_an_earlier_origin_has_a_missing_step_then_that_year_is_not_scored()
    {
        // The steps of year 11 (index 11) are missing: the origins whose first year it is give no year-1 case.
        var values = Enumerable.Range(0, 12).Select(t => (double?)Math.Pow(1.5, t)).ToArray();
        values[10] = null;
        var spread = Z80 * Math.Log(1.5) / (2 * 0.8);
        var forecaster = new OwnErrorWidthForecaster(new FlatWithSpread(spread)) { MinObservations = 3 };

        var factors = forecaster.Factors(TestSeries.Of(1, values), 1, new ForecastOptions());

        // Seven year-1 cases left (origin ending at index 10 looks at the missing step 10): f² = (4 + 7 × 4) / 11.
        // The origin ending at 11 (after the gap) sees ln(1.5²) growth from 9's value: z = 4, z² = 16.
        Assert.Equal(Math.Sqrt((4 + (6 * 4) + 16) / 11.0), factors[0], 9);
    }

    [Fact]
    public void When_the_paths_are_scaled_then_the_forecast_proper_uses_the_factors()
    {
        var spread = Z80 * Math.Log(1.5) / (2 * 0.8);
        var forecaster = new OwnErrorWidthForecaster(new FlatWithSpread(spread)) { MinObservations = 3 };

        var forecast = forecaster.Forecast(Growing(), 1, new ForecastOptions());

        var last = Math.Pow(1.5, 11);
        Assert.Equal(last * Math.Exp(Math.Sqrt(3) * spread), forecast.Paths[10][0], 6);
        Assert.Equal(last, forecast.Paths[5][0], 9);
    }
}
