using Turnover.Analytics.Forecasting;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Analytics.Targets;

/// <summary>
/// Reads a target's probability and crossing month off simulated sample paths: each path continues the observed
/// year-to-date with simulated steps through the deadline year, and is checked month by month against the
/// amount (on the cumulative sum for cumulative and increment targets).
/// </summary>
internal static class TargetModel
{
    /// <summary>
    /// The outlook of <paramref name="forecaster"/>'s paths, or, where they have no spread (too few observations), why
    /// none is given: a share of identical paths is 0% or 100%, a certainty the data do not give. Both null when the
    /// deadline year has no step left to simulate.
    /// </summary>
    public static (ModelOutlook? Outlook, ModelWithheld? Withheld) Run(Target target, MonthlySteps steps, MonthCoverage months, IForecaster forecaster, ForecastOptions options)
    {
        var horizon = steps.StepsUntilEndOf(target.DeadlineYear);
        if (horizon <= 0)
        {
            return (null, null);
        }

        var forecast = forecaster.Forecast(steps.Series, horizon, options);
        return forecast.SpreadEstimated
            ? (Outlook(target, steps, months, forecast), null)
            : (null, new ModelWithheld(forecast.Method, steps.Series.ObservedCount, forecast.ObservationsForSpread));
    }

    /// <summary>
    /// The outlook read off <paramref name="forecast"/>'s paths, which must reach at least to the end of the deadline
    /// year (longer paths are read only that far): the target backtest simulates once per origin for its longest
    /// deadline and reads every target's probability here, as the target check does.
    /// </summary>
    public static ModelOutlook? Outlook(Target target, MonthlySteps steps, MonthCoverage months, Forecast forecast)
    {
        var horizon = steps.StepsUntilEndOf(target.DeadlineYear);
        if (horizon <= 0)
        {
            return null;
        }

        if (forecast.Mean.Count < horizon)
        {
            throw new ArgumentException($"the forecast covers {forecast.Mean.Count} steps; the deadline {target.DeadlineYear} needs {horizon}.", nameof(forecast));
        }

        var future = steps.Future(horizon);
        var last = steps.Periods[^1];

        // Year-to-date at the last observed step: published or summed; unknown means the current year cannot be judged.
        var startYtd = months.YearToDate(last.Year, last.EndMonth);
        var crossings = new List<int>(); // index into future, per crossing path
        var deadlineValues = new List<decimal>(forecast.Paths.Count);
        var crossedByYear = new Dictionary<int, int>();
        // One path's simulated year-to-date per future step, filled as the path is walked (null: not reached yet), and
        // where each month sits: reused across paths, since the target backtest reads thousands of targets this way.
        var stepOf = new Dictionary<(int Year, int Month), int>(horizon);
        for (var h = 0; h < horizon; h++)
        {
            stepOf[(future[h].Year, future[h].EndMonth)] = h;
        }

        var simulated = new decimal?[horizon];
        // The published year-to-date values do not change from path to path: an increment or cumulative target asks
        // for the same earlier years' and baseline year's totals at every step of every path.
        var observed = new Dictionary<(int Year, int Month), decimal?>();
        var achievement = new Achievement(target, (y, m) => stepOf.TryGetValue((y, m), out var i) && simulated[i] is { } v ? v : Observed(y, m));
        foreach (var path in forecast.Paths)
        {
            Array.Clear(simulated);
            var ytd = startYtd;
            var year = last.Year;
            int? crossedAt = null;
            for (var h = 0; h < horizon; h++)
            {
                var step = future[h];
                if (step.Year != year)
                {
                    year = step.Year;
                    ytd = 0m;
                }

                ytd += (decimal)steps.Total(step, Math.Max(0, path[h]));
                simulated[h] = ytd;

                if (crossedAt is null && step.Year >= target.FromYear && achievement.At(step.Year, step.EndMonth) >= target.AmountUsd)
                {
                    crossedAt = h;
                }
            }

            deadlineValues.Add(achievement.At(target.DeadlineYear, 12) ?? 0m);
            if (crossedAt is { } c)
            {
                crossings.Add(c);
                crossedByYear[future[c].Year] = crossedByYear.GetValueOrDefault(future[c].Year) + 1;
            }
        }

        var paths = forecast.Paths.Count;
        crossings.Sort();
        deadlineValues.Sort();
        var byYear = new List<(int, double)>();
        var running = 0;
        for (var y = future[0].Year; y <= target.DeadlineYear; y++)
        {
            running += crossedByYear.GetValueOrDefault(y);
            byYear.Add((y, (double)running / paths));
        }

        return new ModelOutlook(
            forecast.Method,
            paths,
            (double)crossings.Count / paths,
            crossings.Count == 0 ? null : future[crossings[crossings.Count / 2]],
            byYear,
            Quantile(deadlineValues, 0.1),
            Quantile(deadlineValues, 0.5),
            Quantile(deadlineValues, 0.9),
            forecast.Notes);

        decimal? Observed(int year, int month)
        {
            if (!observed.TryGetValue((year, month), out var value))
            {
                observed[(year, month)] = value = months.YearToDate(year, month);
            }

            return value;
        }
    }

    private static decimal Quantile(List<decimal> sorted, double p) =>
        sorted.Count == 0 ? 0m : Math.Round(sorted[(int)Math.Round(p * (sorted.Count - 1))], 0);
}
