using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Turnover.Web.Tests;

/// <summary>
/// POST /api/claims/save (<c>turnover claims --save</c>) and GET /api/watch (<c>turnover watch --format json</c>, never
/// recording): saving needs the server's token, as every write does; the watch report needs none.
/// </summary>
[Collection(DemoStoreCollection.Name)]
public sealed class WatchApiTests(DemoStore demo)
{
    // Written for these tests: China's customs' 2023 figure ($240.110 bn) and a growth rate 10 points above the +26.3% printed.
    private const string Text = """
        Customs figures show that trade between China and Russia in 2023 reached $240.1 billion.

        Trade between Russia and China grew by 36.3% in 2023, the ministry said.
        """;

    [Fact]
    public async Task When_an_article_is_saved_with_the_token_then_its_claims_are_kept_once_and_the_watch_lists_them_unchanged()
    {
        var source = "https://example.org/web-save-" + Guid.NewGuid().ToString("N");
        var body = new { text = Text, date = "2024-02-01", method = "none" };

        var first = await Send(demo.WritableClient, HttpMethod.Post, $"/api/claims/save?source={Uri.EscapeDataString(source)}", JsonContent.Create(body), DemoStore.Token);
        var again = await Send(demo.WritableClient, HttpMethod.Post, $"/api/claims/save?source={Uri.EscapeDataString(source)}", JsonContent.Create(body), DemoStore.Token);
        var watch = await demo.WritableClient.GetAsync(new Uri("/api/watch", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var saved = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        Assert.Equal((source, "2024-02-01", 2, 0), (saved["source"]!.GetValue<string>(), saved["articleDate"]!.GetValue<string>(), saved["added"]!.GetValue<int>(), saved["alreadySaved"]!.GetValue<int>()));
        Assert.True(saved["articleId"]!.GetValue<int>() > 0);
        Assert.Equal("turnover.claims/2", saved["claims"]!["contract"]!.GetValue<string>());
        Assert.Equal(["accurate", "inaccurate"], saved["claims"]!["claims"]!.AsArray().Select(c => c!["verdict"]!.GetValue<string>()).ToList());
        var second = JsonNode.Parse(await again.Content.ReadAsStringAsync())!;
        Assert.Equal((saved["articleId"]!.GetValue<int>(), 0, 2), (second["articleId"]!.GetValue<int>(), second["added"]!.GetValue<int>(), second["alreadySaved"]!.GetValue<int>()));

        Assert.Equal(HttpStatusCode.OK, watch.StatusCode);
        var report = JsonNode.Parse(await watch.Content.ReadAsStringAsync())!;
        Assert.Equal(("turnover.watch/2", "2026-11-28", false), (report["contract"]!.GetValue<string>(), report["today"]!.GetValue<string>(), report["recorded"]!.GetValue<bool>()));
        var mine = report["claims"]!.AsArray().Where(c => c!["source"]!.GetValue<string>() == source).ToList();
        Assert.Equal(2, mine.Count);
        // Judged again on the same figures as when saved, and recorded then: nothing changed.
        Assert.All(mine, c => Assert.False(c!["changed"]!.GetValue<bool>()));
        Assert.Equal(["accurate", "inaccurate"], mine.Select(c => c!["now"]!["verdict"]!.GetValue<string>()).ToList());
        Assert.Contains(report["targets"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "cn-ru-200bn-2024" && t["before"] is not null);
    }

    [Fact]
    public async Task When_the_server_has_no_token_then_saving_is_forbidden_and_the_watch_is_still_answered_without_recording()
    {
        var save = await Send(demo.Client, HttpMethod.Post, "/api/claims/save?source=denied", JsonContent.Create(new { text = Text, method = "none" }), DemoStore.Token);
        var watch = await demo.Client.GetAsync(new Uri("/api/watch", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.Equal("read-only", JsonNode.Parse(await save.Content.ReadAsStringAsync())!["kind"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, watch.StatusCode);
        var report = JsonNode.Parse(await watch.Content.ReadAsStringAsync())!;
        Assert.Empty(report["claims"]!.AsArray());
        Assert.False(report["recorded"]!.GetValue<bool>());
        var target = Assert.Single(report["targets"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "cn-ru-200bn-2024")!;
        // Never recorded on this store: no judgement before to compare with.
        Assert.Null(target["before"]);
        Assert.Equal("met", target["now"]!["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task When_a_save_names_no_source_then_it_is_a_bad_request_and_nothing_is_saved()
    {
        var response = await Send(demo.WritableClient, HttpMethod.Post, "/api/claims/save", JsonContent.Create(new { text = Text, method = "none" }), DemoStore.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("source is missing", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, HttpContent content, string token)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
