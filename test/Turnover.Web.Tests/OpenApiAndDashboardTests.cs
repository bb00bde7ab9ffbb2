using System.Text.Json.Nodes;
using Turnover.Application;
using Turnover.Testing;

namespace Turnover.Web.Tests;

/// <summary>The OpenAPI document and the dashboard's files are served by the same process.</summary>
[Collection(DemoStoreCollection.Name)]
public sealed class OpenApiAndDashboardTests(DemoStore demo)
{
    [Fact]
    public async Task When_the_openapi_document_is_asked_then_it_lists_every_endpoint_with_a_summary()
    {
        var json = JsonNode.Parse(await demo.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;

        var paths = json["paths"]!.AsObject();
        Assert.Equal("Turnover", json["info"]!["title"]!.GetValue<string>());
        Assert.Equal(
            ["/api/capabilities", "/api/chart", "/api/claims", "/api/claims/save", "/api/forecast", "/api/info", "/api/ingest", "/api/pairs", "/api/series", "/api/targets", "/api/targets/check", "/api/watch"],
            paths.Select(p => p.Key).Order(StringComparer.Ordinal).ToList());
        Assert.All(paths, p => Assert.All(p.Value!.AsObject(), operation => Assert.False(string.IsNullOrEmpty(operation.Value!["summary"]?.GetValue<string>()), $"{p.Key} {operation.Key} has no summary")));
        Assert.Contains(json["paths"]!["/api/series"]!["get"]!["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "asOf");
        var claims = json["paths"]!["/api/claims"]!["post"]!;
        Assert.Equal(["application/json", "text/plain"], claims["requestBody"]!["content"]!.AsObject().Select(c => c.Key).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(["200", "400", "413"], claims["responses"]!.AsObject().Select(r => r.Key).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task When_the_dashboard_is_opened_then_its_page_script_and_style_come_from_the_server_only()
    {
        var page = await demo.Client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var script = await demo.Client.GetAsync(new Uri("/app.js", UriKind.Relative));

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Turnover</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http-equiv", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void When_remote_listening_is_allowed_then_a_wildcard_address_passes_the_check()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-store-" + Guid.NewGuid().ToString("N") + ".duckdb");

        var outcome = WebServer.Create(new ServeOptions(missing, demo.Targets) { Urls = "http://0.0.0.0:5080", AllowRemote = true });

        // Past the address check, the next thing refused is the missing store.
        Assert.Equal(FailureKind.NotFound, outcome.Failure?.Kind);
    }

    [Fact]
    public void When_the_public_api_changes_then_the_snapshot_shows_it()
    {
        Golden.Verify(PublicApi.Of(typeof(WebServer).Assembly), "PublicApi");
    }
}
