using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Turnover.Testing;

namespace Turnover.Web.Tests;

/// <summary>Targets and their check over HTTP: the command line's verdicts, as of a date, cached on repeat.</summary>
[Collection(DemoStoreCollection.Name)]
public sealed class TargetsApiTests(DemoStore demo)
{
    [Fact]
    public async Task When_the_200bn_target_is_checked_on_the_day_of_the_article_then_the_answer_is_the_cli_target_check_contract()
    {
        var response = await demo.Client.GetAsync(new Uri("/api/targets/check?name=cn-ru-200bn-2024&asOf=2022-12-30&paths=200", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The golden file of 'turnover target check cn-ru-200bn-2024 --as-of 2022-12-30 --paths 200 --format json'.
        var cli = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "test", "Turnover.Cli.Tests", "Golden", "target-check.json")));
        var web = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(JsonNode.DeepEquals(cli, web), $"the web's target check differs from the CLI's golden file:\n{web}");
    }

    [Fact]
    public async Task When_no_date_is_given_then_the_check_is_as_of_today_and_a_repeat_gives_the_same_answer()
    {
        const string path = "/api/targets/check?a=RUS&b=CHN&paths=200";

        var first = await demo.Client.GetStringAsync(new Uri(path, UriKind.Relative));
        var repeat = await demo.Client.GetStringAsync(new Uri(path, UriKind.Relative));

        var json = JsonNode.Parse(first)!;
        Assert.Equal("2026-11-28", json["asOf"]!.GetValue<string>());
        Assert.Contains(json["checks"]!.AsArray(), c => c!["target"]!["name"]!.GetValue<string>() == "cn-ru-200bn-2024" && c["reports"]![0]!["verdict"]!.GetValue<string>() == "met");
        Assert.All(json["checks"]!.AsArray(), c => Assert.Contains(c!["target"]!["second"]!["iso3"]!.GetValue<string>(), new[] { "RUS", "CHN" }));
        Assert.Equal(first, repeat);
    }

    [Fact]
    public async Task When_the_targets_are_listed_then_each_says_where_it_is_registered()
    {
        var json = JsonNode.Parse(await demo.Client.GetStringAsync(new Uri("/api/targets", UriKind.Relative)))!;

        var target = json["targets"]!.AsArray().Single(t => t!["target"]!["name"]!.GetValue<string>() == "cn-ru-200bn-2024")!;
        Assert.Equal(demo.Targets, target["origin"]!.GetValue<string>());
    }

    [Fact]
    public async Task When_a_target_is_added_with_the_token_then_it_is_stored_and_a_second_time_is_a_conflict()
    {
        var body = new
        {
            name = "test-us-cn-800bn-2030",
            pair = new[] { "USA", "CHN" },
            metric = "turnover",
            amountUsd = 800e9m,
            basis = "annual",
            deadlineYear = 2030,
            announcedBy = "a test",
            announcedOn = "2025-01-01",
            source = "test/Turnover.Web.Tests",
        };

        var added = await Send(HttpMethod.Post, "/api/targets", JsonContent.Create(body), DemoStore.Token);
        var again = await Send(HttpMethod.Post, "/api/targets", JsonContent.Create(body), DemoStore.Token);
        var listed = await demo.WritableClient.GetStringAsync(new Uri("/api/targets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Contains("already registered", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"test-us-cn-800bn-2030\"", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_a_target_breaks_a_rule_then_the_problem_names_it()
    {
        var body = new { name = "bad", pair = new[] { "USA", "CHN" }, amountUsd = -1m, deadlineYear = 2030, announcedBy = "a test", announcedOn = "2025-01-01", source = "x" };

        var response = await Send(HttpMethod.Post, "/api/targets", JsonContent.Create(body), DemoStore.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("target 'bad'", (await Problem(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, HttpContent content, string? token)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await demo.WritableClient.SendAsync(request);
    }

    private static async Task<JsonNode> Problem(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}
