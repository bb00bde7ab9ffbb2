using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Turnover.Store;
using Turnover.Web.Apis;

namespace Turnover.Web.Internal;

/// <summary>Wires the host: services, error handling, the API groups, the OpenAPI document and the dashboard.</summary>
internal static class WebHost
{
    public static WebApplication Build(ServeOptions options, IReadOnlyList<string> urls, StoreAccess store)
    {
        // Production always: the developer exception page would show stack traces.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls([.. urls]);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new WriteAccess(options.Token));
        builder.Services.AddSingleton(options.Clock ?? TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Turnover";
            document.Info.Description = "Bilateral trade from official statistics, against announced targets: the same use cases as the turnover command line.";
            return Task.CompletedTask;
        }));
        if (!options.AllowRemote)
        {
            // A page on another site cannot reach a loopback server through a DNS name that points at 127.0.0.1.
            builder.Services.Configure<HostFilteringOptions>(o => o.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"]);
        }

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(store.Dispose);
        if (!options.AllowRemote)
        {
            app.UseHostFiltering();
        }

        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = UnexpectedFailure });
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        app.MapOpenApi();
        var api = app.MapGroup("/api");
        api.MapMetaApi();
        api.MapSeriesApi();
        api.MapTargetsApi();
        api.MapIngestApi();
        api.MapClaimsApi();
        app.MapDashboard();
        return app;
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // The dashboard loads only its own script, style and the API's images: nothing from elsewhere.
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
        return next();
    }

    /// <summary>An exception the use cases did not expect: a problem with a line in the user's terms, never a trace.</summary>
    private static async Task UnexpectedFailure(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, title, detail) = error switch
        {
            StoreException ex => (StatusCodes.Status503ServiceUnavailable, "Store failure", ex.Message),
            DbException ex => (StatusCodes.Status503ServiceUnavailable, "Store failure", $"the store failed: {ex.Message.ReplaceLineEndings(" ")}"),
            BadHttpRequestException ex => (ex.StatusCode, "Bad request", ex.Message),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "the server failed on this request; the store was not changed by it."),
        };
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).ConfigureAwait(false);
    }
}
