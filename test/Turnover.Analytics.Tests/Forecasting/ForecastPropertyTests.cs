using FsCheck;
using FsCheck.Fluent;
using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>Whatever the series, every method returns finite, non-negative forecasts and paths and never throws.</summary>
public sealed class ForecastPropertyTests
{
    private static readonly ForecastOptions s_options = new() { Paths = 40 };

    /// <summary>A trade-like series: some level times a seasonal factor and a random walk, or independent magnitudes.</summary>
    private static Gen<double> Magnitude =>
        from exponent in Gen.Choose(-3, 12)
        from mantissa in Gen.Choose(1, 999)
        select mantissa * Math.Pow(10, exponent);

    private static Gen<(double[] Values, int SeasonLength, int Horizon)> PositiveSeries =>
        from seasonLength in Gen.Elements(1, 4, 11, 12)
        from length in Gen.Choose(1, 60)
        from shape in Gen.Elements("trade", "independent", "steps")
        from level in Magnitude
        from noise in Gen.Choose(0, 1000).ArrayOf(length)
        from independent in Magnitude.ArrayOf(length)
        from horizon in Gen.Choose(1, 24)
        select (Build(shape, level, noise, independent, seasonLength), seasonLength, horizon);

    [FsCheck.Xunit.Property(MaxTest = 60, Replay = "(20261201,3)")]
    public Property For_any_positive_series_every_method_gives_finite_non_negative_forecasts_and_paths()
    {
        return Prop.ForAll(PositiveSeries.ToArbitrary(), c => AllFiniteAndNonNegative(new ModelSeries(c.Values.Select(v => (double?)v).ToArray(), c.SeasonLength), c.Horizon));
    }

    [FsCheck.Xunit.Property(MaxTest = 40, Replay = "(20261201,5)")]
    public Property For_any_series_with_zeros_and_gaps_every_method_still_gives_finite_non_negative_forecasts()
    {
        var series =
            from c in PositiveSeries
            from holes in Gen.Choose(0, 9).ArrayOf(c.Values.Length)
            select (Values: c.Values.Select((v, t) => holes[t] switch { 0 => null, 1 => 0.0, _ => (double?)v }).ToArray(), c.SeasonLength, c.Horizon);
        return Prop.ForAll(series.ToArbitrary(), c =>
            c.Values.All(v => v is null) || AllFiniteAndNonNegative(new ModelSeries(c.Values, c.SeasonLength), c.Horizon));
    }

    [FsCheck.Xunit.Property(MaxTest = 30, Replay = "(20261201,7)")]
    public Property For_any_signed_series_without_clamping_every_method_gives_finite_forecasts()
    {
        var series =
            from c in PositiveSeries
            from signs in Gen.Elements(-1.0, 1.0).ArrayOf(c.Values.Length)
            select (Values: c.Values.Select((v, t) => (double?)(v * signs[t])).ToArray(), c.SeasonLength, c.Horizon);
        return Prop.ForAll(series.ToArbitrary(), c => Forecasters.All.All(f =>
        {
            var forecast = f.Forecast(new ModelSeries(c.Values, c.SeasonLength), c.Horizon, s_options with { NonNegative = false });
            return forecast.Mean.All(double.IsFinite) && forecast.Paths.All(p => p.All(double.IsFinite));
        }));
    }

    private static bool AllFiniteAndNonNegative(ModelSeries series, int horizon)
    {
        foreach (var forecaster in Forecasters.All)
        {
            var forecast = forecaster.Forecast(series, horizon, s_options);
            if (forecast.Mean.Count != horizon || forecast.Paths.Count != s_options.Paths ||
                !forecast.Mean.All(v => double.IsFinite(v) && v >= 0) ||
                !forecast.Paths.All(p => p.Length == horizon && p.All(v => double.IsFinite(v) && v >= 0)))
            {
                return false;
            }
        }

        return true;
    }

    private static double[] Build(string shape, double level, int[] noise, double[] independent, int seasonLength)
    {
        var values = new double[noise.Length];
        var walk = 1.0;
        for (var t = 0; t < values.Length; t++)
        {
            var u = (noise[t] / 1000.0) - 0.5; // uniform in [−0.5, 0.5]
            walk *= Math.Exp(0.2 * u);
            values[t] = shape switch
            {
                "trade" => level * walk * (1 + (0.3 * Math.Sin(2 * Math.PI * t / seasonLength))) * (1 + (0.1 * u)),
                "steps" => level * (t < values.Length / 2 ? 1 : 0.3) * (1 + (0.05 * u)), // a 2015-style collapse
                _ => independent[t],
            };
        }

        return values;
    }
}
