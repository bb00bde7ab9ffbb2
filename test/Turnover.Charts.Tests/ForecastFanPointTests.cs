using Turnover.Analytics;
using Turnover.Analytics.Forecasting;
using Turnover.Core;

namespace Turnover.Charts.Tests;

/// <summary>
/// The fan's mean: the paths' average, except for a forecast that makes its point apart from its paths (the default
/// ets-drift, whose paths mix ETS and drift while its point weighs ETS against Theta).
/// </summary>
public sealed class ForecastFanPointTests
{
    private static (MonthlySteps Steps, Forecast Forecast, decimal JanuaryToJune) Snaive()
    {
        var monthly = ChinaRussia.Monthly with { Values = [.. ChinaRussia.Monthly.Values.Where(v => v.Period.Year < 2023 || (v.Period.Year == 2023 && v.Period.EndMonth <= 6))] };
        var steps = MonthlySteps.Build(monthly, Measure.Turnover)!;
        var forecast = Forecasters.Get("snaive").Forecast(steps.Series, steps.StepsUntilEndOf(2023), new ForecastOptions { Paths = 400 });
        var januaryToJune = monthly.Values.Where(v => v.Period.Year == 2023).Sum(v => v.Get(Measure.Turnover)!.Value);
        return (steps, forecast, januaryToJune);
    }

    [Fact]
    public void When_a_forecast_makes_its_own_point_then_the_fan_mean_is_that_point_per_month_and_per_year()
    {
        var (steps, forecast, januaryToJune) = Snaive();
        var point = 20e9;
        var own = forecast with { Mean = [.. forecast.Mean.Select(_ => point)], Point = new PointForecastMethod(forecast.Method, 0) };

        var months = ForecastFan.Steps(steps, own);
        var year = ForecastFan.Years(steps, own, januaryToJune).Single();

        Assert.Equal(6, months.Count);
        Assert.All(months, m => Assert.Equal((decimal)point, m.Mean));
        Assert.Equal(januaryToJune + (6 * (decimal)point), year.Mean);
        // The quantiles are the paths' whatever the point.
        Assert.Equal(ForecastFan.Steps(steps, forecast).Select(m => m.Median), months.Select(m => m.Median));
    }

    [Fact]
    public void When_a_forecast_has_no_point_of_its_own_then_the_fan_mean_is_the_average_of_the_paths()
    {
        var (steps, forecast, _) = Snaive();
        var moved = forecast with { Mean = [.. forecast.Mean.Select(_ => 20e9)] };

        var first = ForecastFan.Steps(steps, moved)[0];

        var average = forecast.Paths.Average(p => Math.Max(0, p[0]));
        Assert.InRange((double)first.Mean!.Value, average * (1 - 1e-12), average * (1 + 1e-12));
        Assert.NotEqual(20e9, average);
    }
}
