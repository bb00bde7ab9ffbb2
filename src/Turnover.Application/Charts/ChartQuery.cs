using Turnover.Analytics;
using Turnover.Analytics.Forecasting;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>Gathers what a chart of a pair shows: the series, a target, a forecast fan, and the releases behind them.</summary>
/// <param name="store">The open store.</param>
public sealed class ChartQuery(ITradeStore store)
{
    /// <summary>Months forecast when no target sets the horizon: one year ahead.</summary>
    public const int DefaultHorizonMonths = 12;

    /// <summary>
    /// The chart's data; failures as <see cref="SeriesQuery.Run"/>, or a target that cannot be drawn: not a year's value,
    /// of another flow, or of another pair (<see cref="TargetOfAnotherPair"/>, as a report refuses it).
    /// </summary>
    public Outcome<ChartAnswer> Run(ChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pair = request.Series.Pair;
        if (request.Target is { } target
            && (Drawable(target, request.Series.Measure) ?? TargetOfAnotherPair.Refusal(target, pair.A, pair.B)) is { } refused)
        {
            return refused;
        }

        return new SeriesQuery(store).Run(request.Series).Then(answer =>
        {
            if (request.Target is { Metric: not Measure.Turnover } directed && answer.Choice.Reporter != directed.First)
            {
                return Failure.Because(FailureKind.BadInput, new TargetOnOtherSide(directed));
            }

            var chart = new ChartAnswer(answer, request.Target, PublishedReleases.Behind(store, answer.Choice, request.Series.Pair.AsOf));
            return Outcome.Of(request.Forecaster is { } forecaster ? WithFan(chart, request, forecaster) : chart);
        });
    }

    // A line at the amount stands for a year's value only, and only on the measure the target names.
    private static Failure? Drawable(Core.Targets.Target target, Measure measure) =>
        target.Basis != Core.Targets.TargetBasis.AnnualValue
            ? Failure.Because(FailureKind.BadInput, new TargetNotAnnualValue(target)) with { Hint = FailureHint.TargetCheck }
            : target.Metric != measure
                ? Failure.Because(FailureKind.BadInput, new TargetOfAnotherFlow(target, measure))
                : null;

    // The fan is fitted on every month published by the as-of date, not only the periods shown.
    private ChartAnswer WithFan(ChartAnswer chart, ChartRequest request, IForecaster forecaster)
    {
        var measure = request.Series.Measure;
        if (measure == Measure.Balance)
        {
            return chart with { FanGap = FanGap.Balance };
        }

        var choice = chart.Series.Choice;
        var monthly = store.ReadSeries(new SeriesRequest(choice.Reporter, choice.Partner, choice.Source, Granularity.Month, request.Series.Pair.AsOf));
        if (MonthlySteps.Build(monthly, measure) is not { } steps)
        {
            return chart with { FanGap = FanGap.NoMonthlyFigures };
        }

        var last = steps.Periods[^1];
        var annual = chart.Series.Table.Series.Granularity == Granularity.Year;
        var horizon = request.Target is { } target && target.DeadlineYear >= last.Year
            ? steps.StepsUntilEndOf(target.DeadlineYear)
            : annual ? steps.StepsUntilEndOf(last.Year + 1) : DefaultHorizonMonths;
        var forecast = forecaster.Forecast(steps.Series, Math.Max(1, horizon), request.Options);
        if (!forecast.SpreadEstimated)
        {
            // A fan of no width would draw as certain what so few figures cannot tell.
            return chart with { FanGap = FanGap.TooFewForSpread };
        }

        var fan = annual
            ? ForecastFan.Years(steps, forecast, ForecastFan.ObservedYearToDate(monthly, measure, last))
            : ForecastFan.Steps(steps, forecast);
        return chart with { Fan = fan, FanMethod = forecast.Method, FittedThrough = last };
    }
}
