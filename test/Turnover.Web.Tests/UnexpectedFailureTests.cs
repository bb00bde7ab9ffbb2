using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Turnover.Store;
using Turnover.Web.Internal;

namespace Turnover.Web.Tests;

/// <summary>An exception no use case expected still answers with a problem in one line: no stack trace, no internals.</summary>
[Collection(DemoStoreCollection.Name)]
public sealed class UnexpectedFailureTests(DemoStore demo)
{
    [Fact]
    public async Task When_a_handler_throws_then_the_answer_is_a_500_problem_without_the_exception()
    {
        var (status, problem, body) = await Throwing(() => throw new InvalidOperationException("secret internals at Turnover.Somewhere"));

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("the server failed on this request; the store was not changed by it.", problem["detail"]!.GetValue<string>());
        Assert.DoesNotContain("secret internals", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_store_fails_then_the_answer_is_a_503_problem_with_the_store_message()
    {
        var (status, problem, _) = await Throwing(() => throw new StoreException("the store /x/turnover.duckdb is damaged; restore a backup or ingest again."));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("the store /x/turnover.duckdb is damaged; restore a backup or ingest again.", problem["detail"]!.GetValue<string>());
    }

    // The real host with one extra endpoint that throws, on a copy of the demo store's options.
    private async Task<(HttpStatusCode Status, JsonNode Problem, string Body)> Throwing(Func<string> handler)
    {
        var folder = Directory.CreateTempSubdirectory("turnover-web-throw-");
        try
        {
            var path = Path.Combine(folder.FullName, "store.duckdb");
            TradeStore.Open(path).Dispose();
            var options = new ServeOptions(path, demo.Targets) { Urls = "http://127.0.0.1:0" };
            var app = WebHost.Build(options, [options.Urls], StoreAccess.Open(options, writable: false));
            app.MapGet("/api/throws", handler);
            await app.StartAsync();
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
                var response = await client.GetAsync(new Uri("/api/throws", UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                return (response.StatusCode, JsonNode.Parse(body)!, body);
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
