using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Turnover.Application;
using Turnover.Testing;

namespace Turnover.Web.Tests;

/// <summary>Errors are problem details with a clear message and no trace; writes need a configured token; loopback by default.</summary>
[Collection(DemoStoreCollection.Name)]
public sealed class ProblemAndAccessTests(DemoStore demo)
{
    [Theory]
    [InlineData("/api/series?a=CHN&b=XXX", HttpStatusCode.BadRequest, "bad-input", "b: unknown country 'XXX'")]
    [InlineData("/api/series?b=RUS", HttpStatusCode.BadRequest, "bad-input", "a is missing")]
    [InlineData("/api/series?a=CHN&b=RUS&freq=week", HttpStatusCode.BadRequest, "bad-input", "freq 'week' should be month, quarter or year")]
    [InlineData("/api/series?a=CHN&b=RUS&from=2023&to=2022", HttpStatusCode.BadRequest, "bad-input", "the first period 2023 is after the last 2022")]
    [InlineData("/api/series?a=FRA&b=DEU", HttpStatusCode.NotFound, "no-data", "no data for France–Germany")]
    [InlineData("/api/series?a=CHN&b=156", HttpStatusCode.BadRequest, "bad-input", "both countries are China: a pair is two different countries.")]
    [InlineData("/api/targets/check?name=no-such-target", HttpStatusCode.NotFound, "not-found", "no target named 'no-such-target'")]
    [InlineData("/api/targets/check?paths=0", HttpStatusCode.BadRequest, "bad-input", "paths 0 should be between 1 and")]
    [InlineData("/api/targets/check?name=cn-ru-200bn-2024&reporter=USA", HttpStatusCode.BadRequest, "bad-input", "the reporter USA is neither China nor Russian Federation, the countries of the target cn-ru-200bn-2024.")]
    [InlineData("/api/targets/check?reporter=KOR", HttpStatusCode.BadRequest, "bad-input", "the reporter Rep. of Korea is a country of none of the 9 targets checked: China–Russian Federation (cn-ru-100bn-2015,")]
    [InlineData("/api/targets/check?paths=abc", HttpStatusCode.BadRequest, "bad-input", "paths 'abc' is not a whole number from 1 to 20,000.")]
    [InlineData("/api/targets/check?paths=2.5", HttpStatusCode.BadRequest, "bad-input", "paths '2.5' is not a whole number from 1 to 20,000.")]
    [InlineData("/api/forecast?a=CHN&b=RUS&horizon=x", HttpStatusCode.BadRequest, "bad-input", "horizon 'x' is not a whole number: months ahead with freq=month (1 to 120), calendar years with freq=year (1 to 10).")]
    [InlineData("/api/chart?a=CHN&b=RUS&forecast=maybe", HttpStatusCode.BadRequest, "bad-input", "forecast 'maybe' should be true or false.")]
    [InlineData("/api/chart?a=CHN&b=RUS&format=gif", HttpStatusCode.BadRequest, "bad-input", "format 'gif' should be svg or png")]
    [InlineData("/api/chart?a=USA&b=CHN&target=cn-ru-200bn-2024", HttpStatusCode.BadRequest, "bad-input", "the target cn-ru-200bn-2024 is for China–Russian Federation, not USA–China.")]
    // An asOf after today answered with today's figures under the later date, and a target check of 3000-01-01 called
    // the 2030 deadline passed (until 7 December 2026).
    [InlineData("/api/targets/check?asOf=3000-01-01", HttpStatusCode.BadRequest, "bad-input", "asOf 3000-01-01 is after today (2026-11-28): what will be published by then is not known; leave asOf out for what is known today.")]
    [InlineData("/api/series?a=CHN&b=RUS&asOf=2026-11-29", HttpStatusCode.BadRequest, "bad-input", "asOf 2026-11-29 is after today (2026-11-28)")]
    [InlineData("/api/forecast?a=CHN&b=RUS&asOf=2027-01-01", HttpStatusCode.BadRequest, "bad-input", "asOf 2027-01-01 is after today")]
    [InlineData("/api/chart?a=CHN&b=RUS&asOf=2027-01-01", HttpStatusCode.BadRequest, "bad-input", "asOf 2027-01-01 is after today")]
    [InlineData("/api/pairs?asOf=2027-01-01", HttpStatusCode.BadRequest, "bad-input", "asOf 2027-01-01 is after today")]
    [InlineData("/api/info?asOf=2027-01-01", HttpStatusCode.BadRequest, "bad-input", "asOf 2027-01-01 is after today")]
    public async Task When_a_request_fails_then_the_answer_is_a_problem_with_the_use_case_message(string path, HttpStatusCode status, string kind, string message)
    {
        var response = await demo.Client.GetAsync(new Uri(path, UriKind.Relative));

        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonNode.Parse(body)!;
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(kind, problem["kind"]!.GetValue<string>());
        Assert.Contains(message, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at Turnover.", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/series?a=FRA&b=DEU", "no data for France–Germany; GET /api/info shows what the store holds.")]
    [InlineData("/api/targets/check?name=no-such-target", "no target named 'no-such-target' (GET /api/targets lists them).")]
    public async Task When_a_failure_points_somewhere_then_the_web_names_its_endpoint_not_a_command(string path, string detail)
    {
        var response = await demo.Client.GetAsync(new Uri(path, UriKind.Relative));

        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(detail, problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task When_an_unknown_address_is_asked_then_the_answer_is_a_problem()
    {
        var response = await demo.Client.GetAsync(new Uri("/api/nothing-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task When_a_body_is_not_json_then_the_answer_is_a_problem_without_a_trace()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/targets", UriKind.Relative))
        {
            Content = new StringContent("{not json", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DemoStore.Token);

        var response = await demo.WritableClient.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_server_has_no_token_then_writes_are_forbidden_and_the_store_is_read_only()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/ingest?name=x.csv", UriKind.Relative)) { Content = new StringContent("a,b") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DemoStore.Token);

        var response = await demo.Client.SendAsync(request);
        var capabilities = JsonNode.Parse(await demo.Client.GetStringAsync(new Uri("/api/capabilities", UriKind.Relative)))!;

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("read-only", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["kind"]!.GetValue<string>());
        Assert.False(capabilities["writes"]!.GetValue<bool>());
        Assert.True(capabilities["store"]!["readOnly"]!.GetValue<bool>());
        Assert.True(capabilities["claims"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    [InlineData("s3cret-token-for-tests-and-more")]
    public async Task When_a_write_carries_no_or_the_wrong_token_then_it_is_unauthorized(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/ingest?name=x.csv", UriKind.Relative)) { Content = new StringContent("a,b") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await demo.WritableClient.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task When_a_file_is_uploaded_with_the_token_then_it_is_ingested_and_a_second_time_is_already_stored()
    {
        var bytes = await File.ReadAllBytesAsync(RepoPaths.Fixture("gacc", "country_table_2024_02_preliminary.csv"));

        var first = await Upload(bytes);
        var second = await Upload(bytes);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("stored", JsonNode.Parse(await first.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
        Assert.Equal("already-ingested", JsonNode.Parse(await second.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task When_an_uploaded_file_is_not_a_known_layout_then_it_is_rejected_with_its_defects()
    {
        var response = await Upload(Encoding.UTF8.GetBytes("this,is\nnot,trade\n"));

        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        // The way to name a format here is the query parameter, not the command line's option.
        var error = Assert.Single(problem["errors"]!.AsArray())!.GetValue<string>();
        Assert.StartsWith("country_table_2024_02_preliminary.csv: the layout was not recognised; name it with ?format= (comtrade, ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("--", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://192.0.2.1:5080")]
    [InlineData("http://127.0.0.1:5080;http://[::]:5080")]
    public void When_an_address_is_not_loopback_then_serving_is_refused_unless_allowed(string urls)
    {
        var refused = WebServer.Create(new ServeOptions("unused.duckdb", demo.Targets) { Urls = urls });

        Assert.Equal(FailureKind.BadInput, refused.Failure?.Kind);
        Assert.Contains("--allow-remote", refused.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_a_request_names_another_host_than_loopback_then_it_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/capabilities", UriKind.Relative));
        // A page on another site that points its own DNS name at 127.0.0.1 sends its name as the host (DNS rebinding).
        request.Headers.Host = "attacker.example";

        var response = await demo.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void When_a_read_only_server_is_given_no_store_then_it_says_so()
    {
        var refused = WebServer.Create(new ServeOptions(Path.Combine(Path.GetTempPath(), "no-such-store-" + Guid.NewGuid().ToString("N") + ".duckdb"), demo.Targets));

        Assert.Equal(FailureKind.NotFound, refused.Failure?.Kind);
        Assert.Contains("turnover demo", refused.Failure!.Message, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> Upload(byte[] bytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/ingest?name=country_table_2024_02_preliminary.csv", UriKind.Relative))
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DemoStore.Token);
        return await demo.WritableClient.SendAsync(request);
    }
}
