using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Turnover.Application;
using Turnover.Charts;
using Turnover.Presentation.Json;
using Turnover.Presentation.Wording;
using Turnover.Web.Documents;
using Turnover.Web.Internal;

namespace Turnover.Web.Apis;

/// <summary>A pair's series, its chart and its forecast: <c>turnover series</c> and <c>turnover chart</c> over HTTP.</summary>
internal static class SeriesApi
{
    // What the forecast's horizon takes, as its HorizonOutOfRange refusal says it.
    private static readonly string s_horizonAccepted = string.Create(
        CultureInfo.InvariantCulture,
        $"a whole number: months ahead with freq=month (1 to {ForecastRequest.MaxMonths}), calendar years with freq=year (1 to {ForecastRequest.MaxMonths / 12})");

    public static IEndpointRouteBuilder MapSeriesApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/series", Series)
            .WithName("GetSeries").WithTags("Series")
            .WithSummary("A pair's trade by period with YoY, year-to-date, rolling 12 months and CAGR")
            .WithDescription("The contract turnover.series/1 of 'turnover series --format json' (docs/json-contract.md): computed rates beside the rates the publisher printed.");
        api.MapGet("/chart", Chart)
            .WithName("GetChart").WithTags("Series")
            .WithSummary("The chart of a pair's series as SVG or PNG")
            .WithDescription("As 'turnover chart': monthly bars or annual columns, the rolling 12 months, a target's line, a forecast fan.")
            .Produces(StatusCodes.Status200OK, contentType: "image/svg+xml", additionalContentTypes: ["image/png"]);
        api.MapGet("/forecast", Forecast)
            .WithName("GetForecast").WithTags("Series")
            .WithSummary("A pair's series and its forecast fan (80% and 95% of simulated paths)")
            .WithDescription("As 'turnover forecast' (contract turnover.forecast/2): the model is fitted on every month published by asOf; each calendar year's total adds the year's observed months.");
        return api;
    }

    /// <summary>GET /api/series.</summary>
    internal static Results<Ok<SeriesDocument>, ProblemHttpResult> Series([AsParameters] PairQuery query, StoreAccess store, TimeProvider clock)
    {
        var outcome = query.ToRequest(Parse.Today(clock)).Then(request => store.Cached("series|" + query.Key(request), s =>
            new SeriesQuery(s).Run(request).Map(answer => SeriesDocument.From(answer, request.Pair.AsOf, request.From, request.To))));
        return outcome.TryGetValue(out var document) ? TypedResults.Ok(document) : Problems.Of(outcome.Failure);
    }

    /// <summary>GET /api/chart.</summary>
    internal static Results<FileContentHttpResult, ProblemHttpResult> Chart(
        [AsParameters] PairQuery query,
        [Description("A registered target drawn as a line at its amount up to its deadline")] string? target,
        [Description("Draw the forecast fan: true or false (default)")] string? forecast,
        [Description("Forecasting model for the fan (default: ets-drift)")] string? method,
        [Description("svg (default) or png")] string? format,
        StoreAccess store,
        ServeOptions options,
        TimeProvider clock)
    {
        var chartFormat = (format ?? "svg").ToLowerInvariant() switch
        {
            "svg" => ChartFormat.Svg,
            "png" => ChartFormat.Png,
            _ => (ChartFormat?)null,
        };
        if (chartFormat is not { } imageFormat)
        {
            return Problems.Of(Failure.BadInput($"format '{format}' should be svg or png."));
        }

        var outcome = Parse.Flag(forecast, "forecast").Then(fan => ChartRequest(query, target, fan == true, method, store, options, Parse.Today(clock))).Then(request =>
            store.Cached($"chart|{imageFormat}|{target}|{request.Forecaster?.GetType().Name}|{query.Key(request.Series)}", s =>
                new ChartQuery(s).Run(request).Then(Draw(request, imageFormat))));
        return outcome.TryGetValue(out var image)
            ? TypedResults.File(image, imageFormat == ChartFormat.Svg ? "image/svg+xml" : "image/png")
            : Problems.Of(outcome.Failure);
    }

    /// <summary>GET /api/forecast.</summary>
    internal static Results<Ok<ForecastDocument>, ProblemHttpResult> Forecast(
        [AsParameters] PairQuery query,
        [Description("Forecasting model (default: ets-drift)")] string? method,
        [Description("Months ahead (freq=month, 1 to 120, default 12) or calendar years (freq=year, 1 to 10, default 2): a whole number")] string? horizon,
        StoreAccess store,
        TimeProvider clock)
    {
        var outcome = Parse.WholeNumber(horizon, "horizon", s_horizonAccepted).Then(steps =>
            query.ToRequest(Parse.Today(clock)).Then(series => Parse.Method(method ?? ForecasterCatalog.Default).Then(name =>
            ForecasterCatalog.Create(name) is not { } forecaster
                ? Failure.BadInput("method 'none' makes no forecast: name a model.")
                : store.Cached($"forecast|{name}|{steps}|{query.Key(series)}", s =>
                    new ForecastQuery(s).Run(new ForecastRequest(series.Pair, series.Measure, forecaster)
                    {
                        Granularity = series.Granularity ?? Core.Granularity.Month,
                        Horizon = steps,
                        MethodNamed = method is not null,
                    }).Map(ForecastDocument.From)))));
        return outcome.TryGetValue(out var document) ? TypedResults.Ok(document) : Problems.Of(outcome.Failure);
    }

    private static Outcome<ChartRequest> ChartRequest(PairQuery query, string? target, bool forecast, string? method, StoreAccess store, ServeOptions options, DateOnly today) =>
        query.ToRequest(today).Then(series => Parse.Method(method).Then(name =>
        {
            var request = new ChartRequest(series) { Forecaster = forecast ? ForecasterCatalog.Create(name) : null };
            return string.IsNullOrWhiteSpace(target)
                ? Outcome.Of(request)
                : store.Read(s => new TargetRegistry(options.TargetsFile).Select(s, target)).Map(found => request with { Target = found[0].Target });
        }));

    private static Func<ChartAnswer, Outcome<byte[]>> Draw(ChartRequest request, ChartFormat format) => answer =>
    {
        try
        {
            return ChartRenderer.Render(ChartWording.Chart(answer, request.Series.Pair.AsOf), format);
        }
        catch (InvalidOperationException ex)
        {
            // No figures to draw, or the chart font missing: said in the user's terms by the renderer.
            return Failure.NoData(ex.Message);
        }
    };
}
