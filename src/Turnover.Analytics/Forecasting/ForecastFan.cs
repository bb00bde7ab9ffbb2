using Turnover.Core;

namespace Turnover.Analytics.Forecasting;

/// <summary>Reads a forecast fan off simulated paths: per future step, or per calendar year.</summary>
public static class ForecastFan
{
    private static readonly double[] s_probabilities = [0.025, 0.10, 0.50, 0.90, 0.975];

    /// <summary>One fan step per forecast step, each the step's total (a combined Jan–Feb counts its two months).</summary>
    public static IReadOnlyList<FanStep> Steps(MonthlySteps steps, Forecast forecast)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(forecast);
        var future = steps.Future(forecast.Mean.Count);
        var fan = new List<FanStep>(future.Count);
        for (var h = 0; h < future.Count; h++)
        {
            var step = future[h];
            var point = forecast.OwnPoint ? steps.Total(step, Math.Max(0, forecast.Mean[h])) : (double?)null;
            fan.Add(Step(step, forecast.Paths.Select(p => steps.Total(step, Math.Max(0, p[h]))), point));
        }

        return fan;
    }

    /// <summary>
    /// One fan step per calendar year the forecast completes: each path's year total, the year's observed part
    /// (<paramref name="observedYearToDate"/>, January to the last observed step) included. A year the forecast
    /// does not reach to December is left out; so is the current year when its observed part is unknown (null).
    /// </summary>
    public static IReadOnlyList<FanStep> Years(MonthlySteps steps, Forecast forecast, decimal? observedYearToDate)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(forecast);
        var future = steps.Future(forecast.Mean.Count);
        var last = steps.Periods[^1];
        var years = future.Where(p => p.EndMonth == 12).Select(p => p.Year).ToList();
        var fan = new List<FanStep>();
        foreach (var year in years)
        {
            var partial = year == last.Year;
            if (partial && observedYearToDate is null)
            {
                continue;
            }

            var start = partial ? (double)observedYearToDate!.Value : 0;
            var totals = forecast.Paths.Select(path =>
                start + future.Select((p, h) => (p, h)).Where(x => x.p.Year == year).Sum(x => steps.Total(x.p, Math.Max(0, path[x.h]))));
            var point = forecast.OwnPoint
                ? start + future.Select((p, h) => (p, h)).Where(x => x.p.Year == year).Sum(x => steps.Total(x.p, Math.Max(0, forecast.Mean[x.h])))
                : (double?)null;
            fan.Add(Step(Period.OfYear(year), totals, point));
        }

        return fan;
    }

    /// <summary>
    /// January to the last observed step of <paramref name="monthly"/> (as published, else summed from its months;
    /// null when neither is known): the observed part <see cref="Years"/> adds to the current year's paths.
    /// </summary>
    public static decimal? ObservedYearToDate(PairSeries monthly, Measure measure, Period last) =>
        MonthCoverage.Build(monthly, measure).YearToDate(last.Year, last.EndMonth);

    /// <summary>The fan of <paramref name="values"/> (one per path); its mean is <paramref name="point"/> when given (<see cref="Forecast.OwnPoint"/>), else the paths' average.</summary>
    private static FanStep Step(Period period, IEnumerable<double> values, double? point)
    {
        var sorted = values.Order().ToArray();
        var q = s_probabilities.Select(p => sorted.Length == 0 ? 0m : (decimal)Forecast.OfSorted(sorted, p)).ToArray();
        var mean = point ?? (sorted.Length == 0 ? null : sorted.Average());
        return new FanStep(period, q[0], q[1], q[2], q[3], q[4]) { Mean = mean is { } m ? (decimal)m : null };
    }
}
