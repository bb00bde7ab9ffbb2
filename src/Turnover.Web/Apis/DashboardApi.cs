using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Turnover.Web.Apis;

/// <summary>The dashboard at /: three files embedded in the assembly (Dashboard/), no CDN, works offline.</summary>
internal static class DashboardApi
{
    private static readonly Dictionary<string, (string Resource, string ContentType)> s_files = new(StringComparer.Ordinal)
    {
        ["/"] = ("dashboard/index.html", "text/html; charset=utf-8"),
        ["/app.js"] = ("dashboard/app.js", "text/javascript; charset=utf-8"),
        ["/app.css"] = ("dashboard/app.css", "text/css; charset=utf-8"),
    };

    private static readonly Dictionary<string, byte[]> s_bytes = s_files.ToDictionary(f => f.Key, f => Read(f.Value.Resource), StringComparer.Ordinal);

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        foreach (var (route, (_, contentType)) in s_files)
        {
            var bytes = s_bytes[route];
            app.MapGet(route, () => File(bytes, contentType)).ExcludeFromDescription();
        }

        return app;
    }

    private static FileContentHttpResult File(byte[] bytes, string contentType) => TypedResults.File(bytes, contentType);

    private static byte[] Read(string resource)
    {
        using var stream = typeof(DashboardApi).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the dashboard file {resource} is not embedded in {typeof(DashboardApi).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
