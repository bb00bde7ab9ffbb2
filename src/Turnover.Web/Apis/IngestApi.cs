using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Turnover.Application;
using Turnover.Ingest;
using Turnover.Web.Documents;
using Turnover.Web.Internal;

namespace Turnover.Web.Apis;

/// <summary>Uploading a statistics file: <c>turnover ingest</c> over HTTP, for a server started with a token.</summary>
internal static class IngestApi
{
    public static IEndpointRouteBuilder MapIngestApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/ingest", Ingest)
            .WithName("IngestFile").WithTags("Store")
            .WithSummary("Store an uploaded file (the request body) as one release, whole or not at all (needs the server's token)")
            .WithDescription("The request body is the file's bytes, of any content type (CSV, JSON, gzip). 403 when the server has no token (read-only), 401 without the right Authorization: Bearer TOKEN; 422 when the file is rejected, with its defects.")
            .AddEndpointFilter<RequiresWriteToken>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    /// <summary>POST /api/ingest.</summary>
    internal static async Task<Results<Ok<IngestJson>, ProblemHttpResult>> Ingest(
        HttpRequest request,
        [Description("The file's name as published (kept with the release; decides nothing else)")] string? name,
        [Description("A reader's format, or auto (default) to detect it")] string? format,
        StoreAccess store)
    {
        var fileName = Path.GetFileName(name ?? string.Empty);
        if (fileName.Length == 0 || fileName.StartsWith('.'))
        {
            return Problems.Of(Failure.BadInput("name is missing: give the file's name, e.g. ?name=china_russia.csv."));
        }

        var rates = RatesLoader.Load(null);
        if (!rates.TryGetValue(out var loaded))
        {
            return Problems.Of(rates.Failure);
        }

        // The readers read files: the upload lands in a folder of its own, under its own name, and goes after.
        var folder = Directory.CreateTempSubdirectory("turnover-upload-");
        try
        {
            var path = Path.Combine(folder.FullName, fileName);
            var file = File.Create(path);
            await using (file.ConfigureAwait(false))
            {
                await request.Body.CopyToAsync(file, request.HttpContext.RequestAborted).ConfigureAwait(false);
            }

            var report = store.Write(s => new IngestFiles(s).Run(new FileIngestRequest(path, format ?? "auto", new IngestOptions { ExchangeRates = loaded.Table }) { FormatParameter = "?format=" }));
            var json = IngestJson.From(report, fileName);
            return !report.Rejected
                ? TypedResults.Ok(json)
                : TypedResults.Problem(
                    detail: $"{fileName}: rejected ({json.Status}); nothing was stored.",
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    title: "File rejected",
                    extensions: new Dictionary<string, object?> { ["kind"] = json.Status, ["errors"] = report.Errors.Select(e => e.Replace(path, fileName, StringComparison.Ordinal)).ToList() });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
