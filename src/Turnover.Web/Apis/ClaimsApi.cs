using System.ComponentModel;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Turnover.Analytics.Forecasting;
using Turnover.Application;
using Turnover.Claims;
using Turnover.Core.Targets;
using Turnover.Presentation.Json;
using Turnover.Presentation.Wording;
using Turnover.Store;
using Turnover.Web.Documents;
using Turnover.Web.Internal;

namespace Turnover.Web.Apis;

/// <summary>
/// A news text's trade claims judged against the store: <c>turnover claims --format json</c> over HTTP. Judging reads
/// the store and writes nothing, so it needs no token.
/// </summary>
internal static class ClaimsApi
{
    /// <summary>The body's limit: the command's limit on its input (16 MiB).</summary>
    public const int MaxBodyBytes = ClaimTextDecoder.MaxBytes;

    private const string Body = "the request body";

    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/claims", Check)
            .WithName("CheckClaims").WithTags("Claims")
            .WithSummary("Read the trade claims of a text (English, Russian, Chinese) and judge each against the store")
            .WithDescription(
                "The contract turnover.claims/2 of 'turnover claims --format json'. The body is JSON { \"text\", \"date\", \"lang\", \"method\" }, or the text itself " +
                "(text/plain, decoded as the command decodes a file: the charset named, else UTF-8, UTF-16 by byte-order mark, Windows-1251, KOI8-R, GB18030 or Big5 " +
                "detected) with date, lang and method in the query string. No token needed: nothing is written. 413 over 16 MiB; 400 for an empty or binary text; " +
                "a text without claims is 200 with an empty list and the note 'no trade claims found'.")
            .Accepts<ClaimsInput>("application/json", "text/plain")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapPost("/claims/save", Save)
            .WithName("SaveClaims").WithTags("Claims")
            .WithSummary("Judge a text's trade claims and keep them in the store, to be judged again as releases come in (needs the server's token)")
            .WithDescription(
                "'turnover claims --save' over HTTP: the body and options of POST /api/claims, and source (required), where the article came from: with the " +
                "article's date it identifies the article, so saving it again adds nothing. The claims' judgements, and those of registered targets not yet " +
                "watched, are recorded as the ones later judgements are compared with (GET /api/watch). 403 when the server has no token (read-only), 401 " +
                "without the right Authorization: Bearer TOKEN; 400 without a source, or for an empty or binary text; 413 over 16 MiB.")
            .Accepts<ClaimsInput>("application/json", "text/plain")
            .AddEndpointFilter<RequiresWriteToken>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapGet("/watch", Watch)
            .WithName("Watch").WithTags("Claims")
            .WithSummary("Every saved claim and registered target judged again now, with what changed since the judgement last recorded")
            .WithDescription(
                "The contract turnover.watch/2 of 'turnover watch --format json', judged as the command judges (the registered targets, the bundled exchange " +
                "rates, the default model), but never recorded (recorded is false): a GET changes nothing, so the command line's next watch or ingest still " +
                "reports the same changes. No token needed.");
        return api;
    }

    /// <summary>POST /api/claims.</summary>
    internal static async Task<Results<Ok<ClaimsDocument>, ProblemHttpResult>> Check(
        HttpRequest request,
        [Description("The article's date, YYYY-MM-DD (default: the text's dateline, else today); a JSON body's date wins")] string? date,
        [Description("The text's language: auto (default), en, ru or zh; a JSON body's lang wins")] string? lang,
        [Description("Forecasting model for projections and targets, or none (default: ets-drift); a JSON body's method wins")] string? method,
        StoreAccess store,
        ServeOptions options,
        TimeProvider clock)
    {
        var read = await ReadBody(request).ConfigureAwait(false);
        if (read.TooLarge is { } refusal)
        {
            return refusal;
        }

        var outcome = Judging(request, read.Bytes!, new ClaimsInput(null, date, lang, method), store, clock)
            .Then(judging => store.Read(s => Judge(s, judging, options.TargetsFile)));
        return outcome.TryGetValue(out var document) ? TypedResults.Ok(document) : Problems.Of(outcome.Failure);
    }

    /// <summary>POST /api/claims/save.</summary>
    internal static async Task<Results<Ok<SavedClaimsJson>, ProblemHttpResult>> Save(
        HttpRequest request,
        [Description("Where the article came from (e.g. its address): with the article's date, it identifies the article")] string? source,
        [Description("The article's date, YYYY-MM-DD (default: the text's dateline, else today); a JSON body's date wins")] string? date,
        [Description("The text's language: auto (default), en, ru or zh; a JSON body's lang wins")] string? lang,
        [Description("Forecasting model for projections and targets in the answer, or none (default: ensemble); a JSON body's method wins")] string? method,
        StoreAccess store,
        ServeOptions options,
        TimeProvider clock)
    {
        // Checked before the body is read, as the command checks --source before it reads the file.
        if (string.IsNullOrWhiteSpace(source))
        {
            return Problems.Of(Failure.BadInput("source is missing: say where the article came from, e.g. ?source=https://example.org/article."));
        }

        var read = await ReadBody(request).ConfigureAwait(false);
        if (read.TooLarge is { } refusal)
        {
            return refusal;
        }

        var outcome = Judging(request, read.Bytes!, new ClaimsInput(null, date, lang, method), store, clock)
            .Then(judging => store.Write(s => SaveArticle(s, judging, source.Trim(), options.TargetsFile)));
        return outcome.TryGetValue(out var saved) ? TypedResults.Ok(saved) : Problems.Of(outcome.Failure);
    }

    /// <summary>GET /api/watch.</summary>
    internal static Results<Ok<WatchDocument>, ProblemHttpResult> Watch(StoreAccess store, ServeOptions options, TimeProvider clock)
    {
        var today = Parse.Today(clock);
        var outcome = store.Cached("rates", _ => RatesLoader.Load(null)).Then(rates => store.Read(s =>
            new TargetRegistry(options.TargetsFile).List(s).Then(registered =>
                new WatchQuery(s).Run(WatchRequest.Recording(today, [.. registered.Select(r => r.Target)], rates.Table) with { Record = false }))))
            .Map(report => WatchDocument.From(report, WebHints.Instance));
        return outcome.TryGetValue(out var document) ? TypedResults.Ok(document) : Problems.Of(outcome.Failure);
    }

    /// <summary>The request's text decoded and its options parsed, as the command reads its file and options.</summary>
    private static Outcome<ClaimsJudging> Judging(HttpRequest request, byte[] bytes, ClaimsInput query, StoreAccess store, TimeProvider clock) =>
        Input(request, bytes, query).Then(given =>
            Parse.Date(given.Date, "date").Then(articleDate =>
            Language(given.Lang).Then(language =>
            Parse.Method(given.Method).Then(model =>
            Decode(given, bytes, request).Then(text =>
            store.Cached("rates", _ => RatesLoader.Load(null)).Map(rates => new ClaimsJudging(
                new ClaimCheckRequest(text, Parse.Today(clock))
                {
                    ArticleDate = articleDate,
                    Language = language,
                    Rates = rates.Table,
                    Forecaster = ForecasterCatalog.Create(model),
                },
                What(given))))))));

    // As the command: the registered targets, then the use case; the text's own defects are named as the command names its file's.
    private static Outcome<ClaimsDocument> Judge(TradeStore store, ClaimsJudging judging, string targetsFile) =>
        new TargetRegistry(targetsFile).List(store).Then<ClaimsDocument>(registered =>
        {
            var answer = new ClaimCheckQuery(store).Run(judging.Request with { KnownTargets = [.. registered.Select(r => r.Target)] });
            return answer.TryGetValue(out var judged) ? ClaimsDocument.From(judged, WebHints.Instance) : Failure.BadInput($"{judging.What}: {WebHints.Instance.Message(answer.Failure)}");
        });

    // As 'claims --save': judged with the registered targets, saved, and the first judgements recorded as a watch records them.
    private static Outcome<SavedClaimsJson> SaveArticle(TradeStore store, ClaimsJudging judging, string source, string targetsFile) =>
        new TargetRegistry(targetsFile).List(store).Then<SavedClaimsJson>(registered =>
        {
            List<Target> targets = [.. registered.Select(r => r.Target)];
            var check = judging.Request with { KnownTargets = targets };
            var saving = new ClaimSaving(store).Run(new ClaimSaveRequest(check, source, WatchRequest.Recording(check.Today, targets, check.Rates)));
            return saving.TryGetValue(out var saved) ? SavedClaimsJson.From(source, saved) : Failure.BadInput($"{judging.What}: {WebHints.Instance.Message(saving.Failure)}");
        });

    /// <summary>The body's bytes, or a 413 problem once it is known to be over the limit (by Content-Length before reading, else while reading).</summary>
    private static async Task<(byte[]? Bytes, ProblemHttpResult? TooLarge)> ReadBody(HttpRequest request)
    {
        if (request.ContentLength is > MaxBodyBytes and var length)
        {
            return (null, TooLarge(length));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int count;
        while ((count = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, count);
            if (buffer.Length > MaxBodyBytes)
            {
                return (null, TooLarge(null));
            }
        }

        return (buffer.ToArray(), null);
    }

    private static ProblemHttpResult TooLarge(long? bytes) => TypedResults.Problem(
        detail: ClaimWording.TooLarge(Body, bytes),
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Text too large",
        extensions: new Dictionary<string, object?> { ["kind"] = "too-large" });

    /// <summary>A JSON body's fields; any other body is the text itself, with the query string's options.</summary>
    private static Outcome<ClaimsInput> Input(HttpRequest request, byte[] bytes, ClaimsInput query)
    {
        if (!IsJson(request))
        {
            return query;
        }

        try
        {
            var input = JsonSerializer.Deserialize<ClaimsInput>(bytes, JsonSerializerOptions.Web);
            return input?.Text is null
                ? Failure.BadInput("field 'text' is missing: send { \"text\": \"...\" }, or the text itself as text/plain.")
                : input with { Date = input.Date ?? query.Date, Lang = input.Lang ?? query.Lang, Method = input.Method ?? query.Method };
        }
        catch (JsonException ex)
        {
            return Failure.BadInput($"{Body} is not the JSON expected ({ex.Message}).");
        }
    }

    // The command's decoder on both: a JSON text as UTF-8, a plain body as a file (its charset as --encoding).
    private static Outcome<string> Decode(ClaimsInput given, byte[] body, HttpRequest request)
    {
        var decoded = given.Text is { } text
            ? ClaimTextDecoder.Decode(Encoding.UTF8.GetBytes(text))
            : ClaimTextDecoder.Decode(body, Charset(request));
        return decoded.Success ? decoded.Text : Failure.BadInput($"{What(given)}: {decoded.Error}");
    }

    private static string What(ClaimsInput given) => given.Text is null ? Body : "field 'text'";

    private static bool IsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static string? Charset(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.Charset.HasValue ? type.Charset.Value : null;

    private static Outcome<ClaimLanguage> Language(string? code) =>
        ClaimWording.LanguageOf(code) is { } language ? language : Failure.BadInput($"lang '{code}' should be auto, en, ru or zh.");

    /// <summary>A request's text and options, ready to judge; <see cref="What"/> names the text in messages.</summary>
    private sealed record ClaimsJudging(ClaimCheckRequest Request, string What);
}
