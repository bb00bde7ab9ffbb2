using Turnover.Analytics.Forecasting;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// Forecasts a pair's trade: the model is fitted on every month of the chosen statistics published by the as-of date,
/// and the simulated paths give the fan per future month and per calendar year.
/// </summary>
/// <param name="store">The open store.</param>
public sealed class ForecastQuery(ITradeStore store)
{
    /// <summary>
    /// The forecast; bad input for a balance or a horizon out of range; no data for a source without monthly figures,
    /// or with too few for the model to estimate a spread (<see cref="TooFewForSpread"/>); failures of <see cref="SeriesQuery.Run"/>.
    /// </summary>
    public Outcome<ForecastAnswer> Run(ForecastRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Refused(request) is { } refused)
        {
            return refused;
        }

        if (ReporterNotOfPair.Refusal(request.Pair) is { } notOfPair)
        {
            return notOfPair;
        }

        // The reporter and source as the series query picks them: the side with data, or the one asked for.
        return new SeriesQuery(store).Choose(request.Pair).Then(choice => Forecast(request, choice));
    }

    private static Failure? Refused(ForecastRequest request)
    {
        if (request.Measure == Measure.Balance)
        {
            return Failure.Because(FailureKind.BadInput, new BalanceNotForecast());
        }

        if (request.Granularity is not (Granularity.Month or Granularity.Year))
        {
            return Failure.Because(FailureKind.BadInput, new GranularityNotForecast(request.Granularity));
        }

        var most = request.Granularity == Granularity.Year ? ForecastRequest.MaxMonths / 12 : ForecastRequest.MaxMonths;
        return request.Horizon is { } h && (h < 1 || h > most)
            ? Failure.Because(FailureKind.BadInput, new HorizonOutOfRange(h, most, request.Granularity))
            : null;
    }

    private Outcome<ForecastAnswer> Forecast(ForecastRequest request, SourceChoice choice)
    {
        var asOf = request.Pair.AsOf;
        var monthly = store.ReadSeries(new SeriesRequest(choice.Reporter, choice.Partner, choice.Source, Granularity.Month, asOf));
        if (MonthlySteps.Build(monthly, request.Measure) is not { } steps)
        {
            return Failure.Because(FailureKind.NoData, new NoMonthlyFigures(choice.Reporter, choice.Partner, choice.Source, asOf));
        }

        var last = steps.Periods[^1];
        var byYear = request.Granularity == Granularity.Year;
        var horizon = byYear
            ? steps.StepsUntilEndOf((last.EndMonth == 12 ? last.Year : last.Year - 1) + (request.Horizon ?? ForecastRequest.DefaultYears))
            : request.Horizon ?? ForecastRequest.DefaultMonths;
        var forecast = request.Forecaster.Forecast(steps.Series, horizon, request.Options);
        if (!forecast.SpreadEstimated)
        {
            // Zero-wide intervals would state as certain what one or two figures cannot tell.
            return Failure.Because(
                FailureKind.NoData,
                new TooFewForSpread(choice.Reporter, choice.Partner, choice.Source, asOf, steps.Series.ObservedCount, forecast.ObservationsForSpread));
        }

        var yearToDate = last.EndMonth == 12 ? null : ForecastFan.ObservedYearToDate(monthly, request.Measure, last);
        return new ForecastAnswer(
            request,
            choice,
            PublishedReleases.Behind(store, choice, asOf),
            steps.Periods[0],
            last,
            steps.Series.ObservedCount,
            forecast.Method,
            forecast.Notes,
            byYear ? [] : ForecastFan.Steps(steps, forecast),
            ForecastFan.Years(steps, forecast, yearToDate))
        { ObservedYearToDate = yearToDate, Point = forecast.Point, UnpublishedSteps = steps.Series.Length - steps.Series.ObservedCount };
    }
}
