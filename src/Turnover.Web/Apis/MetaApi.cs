using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Turnover.Application;
using Turnover.Presentation.Json;
using Turnover.Web.Documents;
using Turnover.Web.Internal;

namespace Turnover.Web.Apis;

/// <summary>What the server offers and what the store holds: capabilities, pairs and coverage, <c>turnover info</c>.</summary>
internal static class MetaApi
{
    public static IEndpointRouteBuilder MapMetaApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/capabilities", Capabilities)
            .WithName("GetCapabilities").WithTags("Store")
            .WithSummary("Whether writes and claims are available, the forecasting methods, the store's fingerprint");
        api.MapGet("/pairs", Pairs)
            .WithName("ListPairs").WithTags("Store")
            .WithSummary("The pairs of countries the store holds, and what each reporter and source holds for them");
        api.MapGet("/info", Info)
            .WithName("GetInfo").WithTags("Store")
            .WithSummary("Releases, coverage, skipped rows and discrepancies")
            .WithDescription("The contract turnover.info/1 of 'turnover info --format json'.");
        return api;
    }

    /// <summary>GET /api/capabilities.</summary>
    internal static Ok<CapabilitiesDocument> Capabilities(StoreAccess store, WriteAccess writes, ServeOptions options) => TypedResults.Ok(new CapabilitiesDocument(
        CapabilitiesDocument.Name,
        writes.Configured,
        // POST /api/claims judges a text's claims: the dashboard shows its box.
        Claims: true,
        ForecasterCatalog.Names,
        ForecasterCatalog.Default,
        new StoreJson(Path.GetFileName(options.StorePath), store.ReadOnly, store.Fingerprint)));

    /// <summary>GET /api/pairs.</summary>
    internal static Results<Ok<PairsDocument>, ProblemHttpResult> Pairs(
        [Description("Coverage as published by this date, YYYY-MM-DD (default: everything stored)")] string? asOf, StoreAccess store, TimeProvider clock)
    {
        var outcome = Parse.AsOf(asOf, Parse.Today(clock)).Map(date => store.Cached($"pairs|{asOf}", s => PairsDocument.From(s.Coverage(date), date)));
        return outcome.TryGetValue(out var document) ? TypedResults.Ok(document) : Problems.Of(outcome.Failure);
    }

    /// <summary>GET /api/info.</summary>
    internal static Results<Ok<InfoDocument>, ProblemHttpResult> Info(
        [Description("Coverage as published by this date, YYYY-MM-DD (default: everything stored)")] string? asOf, StoreAccess store, TimeProvider clock)
    {
        var outcome = Parse.AsOf(asOf, Parse.Today(clock)).Map(date => store.Cached($"info|{asOf}", s => InfoDocument.From(s, date)));
        return outcome.TryGetValue(out var document) ? TypedResults.Ok(document) : Problems.Of(outcome.Failure);
    }
}
