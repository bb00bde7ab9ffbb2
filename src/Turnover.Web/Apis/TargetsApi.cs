using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Turnover.Analytics.Forecasting;
using Turnover.Application;
using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Presentation.Json;
using Turnover.Presentation.Wording;
using Turnover.Web.Documents;
using Turnover.Web.Internal;

namespace Turnover.Web.Apis;

/// <summary>The registered targets and their check: <c>turnover target list|check|add</c> over HTTP.</summary>
internal static class TargetsApi
{
    /// <summary>More simulated paths than this per target would let one request hold the store for minutes.</summary>
    public const int MaxPaths = 20_000;

    public static IEndpointRouteBuilder MapTargetsApi(this IEndpointRouteBuilder api)
    {
        var targets = api.MapGroup("/targets").WithTags("Targets");
        targets.MapGet("/", List)
            .WithName("ListTargets")
            .WithSummary("The registered targets: the targets file's, then the store's");
        targets.MapGet("/check", Check)
            .WithName("CheckTargets")
            .WithSummary("Progress, projections, the model's probability and the verdict of targets, as of a date")
            .WithDescription("The contract turnover.target-check/2 of 'turnover target check --format json'. Answers are cached by request and the store's releases: a repeat is immediate.");
        targets.MapPost("/", Add)
            .WithName("AddTarget")
            .WithSummary("Register a target in the store (needs the server's token)")
            .WithDescription("403 when the server has no token (read-only), 401 without the right Authorization: Bearer TOKEN.")
            .AddEndpointFilter<RequiresWriteToken>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    /// <summary>GET /api/targets.</summary>
    internal static Results<Ok<TargetsDocument>, ProblemHttpResult> List(StoreAccess store, ServeOptions options)
    {
        var outcome = store.Read(s => new TargetRegistry(options.TargetsFile).List(s)).Map(TargetsDocument.From);
        return outcome.TryGetValue(out var document) ? TypedResults.Ok(document) : Problems.Of(outcome.Failure);
    }

    /// <summary>GET /api/targets/check.</summary>
    internal static Results<Ok<TargetCheckDocument>, ProblemHttpResult> Check(
        [Description("The target to check (default: every target, or every target of the pair a–b)")] string? name,
        [Description("Only targets of this pair, with b")] string? a,
        [Description("Only targets of this pair, with a")] string? b,
        [Description("Only figures published by this date, YYYY-MM-DD (default: today)")] string? asOf,
        [Description("Judge on this side's statistics only")] string? reporter,
        [Description("Judge on this publisher only")] string? source,
        [Description("Forecasting model, or none (default: ets-drift)")] string? method,
        [Description("Simulated paths: a whole number from 1 to 20,000 (default: 2000)")] string? paths,
        StoreAccess store,
        ServeOptions options,
        TimeProvider clock)
    {
        var today = Parse.Today(clock);
        var outcome =
            Parse.AsOf(asOf, today).Then(date =>
            Parse.OptionalCountry(a, "a").Then(first =>
            Parse.OptionalCountry(b, "b").Then(second =>
            Parse.OptionalCountry(reporter, "reporter").Then(side =>
            SourceNames.Parse(string.IsNullOrWhiteSpace(source) ? null : source).Then(publisher =>
            Parse.Method(method).Then(model =>
            Paths(paths).Then(count =>
            {
                var when = date ?? today;
                // The targets file is read on every request: its bytes' time and length are part of the question.
                var file = new FileInfo(options.TargetsFile);
                var key = string.Join('|', "check", name?.ToUpperInvariant(), first?.Code, second?.Code, When(when), side?.Code, publisher, model, count, file.Exists ? file.LastWriteTimeUtc.Ticks : 0, file.Exists ? file.Length : 0);
                return store.Cached(key, s => new TargetRegistry(options.TargetsFile).Select(s, string.IsNullOrWhiteSpace(name) ? null : name)
                    .Then(selected => TargetCheckQuery.OnReporter([.. selected.Select(r => r.Target).Where(t => OfPair(t, first, second))], side))
                    .Map(selected =>
                {
                    var query = TargetCheckQuery.ForOneRun(s);
                    var forecaster = ForecasterCatalog.Create(model);
                    var checks = selected
                        .Select(t => query.Run(new TargetCheckRequest(t, when) { Reporter = side, Source = publisher, Forecaster = forecaster, Options = new ForecastOptions { Paths = count } }))
                        .ToList();
                    return TargetCheckDocument.From(when, checks, WebHints.Instance);
                }));
            })))))));
        return outcome.TryGetValue(out var document) ? TypedResults.Ok(document) : Problems.Of(outcome.Failure);
    }

    /// <summary>POST /api/targets.</summary>
    internal static Results<Created<RegisteredTargetJson>, ProblemHttpResult> Add(TargetInput input, StoreAccess store, ServeOptions options)
    {
        var outcome = ToTarget(input).Then(target => store.Write(s => new TargetRegistry(options.TargetsFile).Add(s, target)));
        return outcome.TryGetValue(out var added)
            ? TypedResults.Created($"/api/targets/check?name={Uri.EscapeDataString(added.Target.Name)}", new RegisteredTargetJson(TargetJson.From(added.Target), added.Origin))
            : Problems.Of(outcome.Failure);
    }

    // A target of the pair in either order; no pair asked for keeps every target.
    private static bool OfPair(Target target, Country? a, Country? b) =>
        (a is null || target.First == a || target.Second == a) && (b is null || target.First == b || target.Second == b);

    private static Outcome<int> Paths(string? text) =>
        Parse.WholeNumber(text, "paths", string.Create(CultureInfo.InvariantCulture, $"a whole number from 1 to {MaxPaths:N0}")).Then(paths => paths switch
        {
            null => new ForecastOptions().Paths,
            > 0 and <= MaxPaths => Outcome.Of(paths.Value),
            _ => Failure.BadInput(string.Create(CultureInfo.InvariantCulture, $"paths {paths} should be between 1 and {MaxPaths}.")),
        });

    private static string When(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The same rules as the targets file and 'turnover target add': TargetFile's parsers and Target.Validate.
    private static Outcome<Target> ToTarget(TargetInput input)
    {
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return Failure.BadInput("field 'name' is missing.");
        }

        var where = $"target '{name}'";
        if (input.Pair is not { Count: 2 } pair)
        {
            return Failure.BadInput($"{where}: field 'pair' should list two countries.");
        }

        if (string.IsNullOrWhiteSpace(input.AnnouncedBy) || string.IsNullOrWhiteSpace(input.Source))
        {
            return Failure.BadInput($"{where}: fields 'announcedBy' and 'source' are required.");
        }

        return Parse.Country(pair[0], $"{where}: pair[0]").Then(first =>
            Parse.Country(pair[1], $"{where}: pair[1]").Then(second =>
            TargetFile.ParseMetric(input.Metric ?? "turnover", where).Then(metric =>
            TargetFile.ParseBasis(input.Basis ?? "annual", where).Then(basis =>
            Parse.Date(input.AnnouncedOn, $"{where}: announcedOn").Then(announced => announced is not { } on
                ? Failure.BadInput($"{where}: field 'announcedOn' is missing (YYYY-MM-DD).")
                : TargetFile.Validated(
                    new Target(name, first, second, metric, input.AmountUsd, basis, input.FromYear ?? on.Year, input.DeadlineYear, input.BaselineYear, input.AnnouncedBy!, on, input.Source!, input.Note ?? string.Empty),
                    where))))));
    }
}
