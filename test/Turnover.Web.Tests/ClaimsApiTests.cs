using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Turnover.Claims;
using Turnover.Testing;

namespace Turnover.Web.Tests;

/// <summary>
/// POST /api/claims: a text's claims judged on the bundled China–Russia figures, the command line's document, its
/// refusals (size, empty, binary) as problems, and no token needed.
/// </summary>
[Collection(DemoStoreCollection.Name)]
public sealed class ClaimsApiTests(DemoStore demo)
{
    // Written for these tests: the level is China's customs' figure for 2023 ($240.110 bn), the growth rate is 10
    // points above the +26.3% GACC printed.
    private const string Text = """
        Customs figures show that trade between China and Russia in 2023 reached $240.1 billion.

        Trade between Russia and China grew by 36.3% in 2023, the ministry said.
        """;

    [Fact]
    public async Task When_a_text_is_posted_as_json_then_each_claim_has_its_verdict_figure_and_release()
    {
        var response = await demo.Client.PostAsJsonAsync(new Uri("/api/claims", UriKind.Relative), new { text = Text, date = "2024-02-01", method = "none" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("turnover.claims/2", json["contract"]!.GetValue<string>());
        Assert.Equal(("2024-02-01", "given"), (json["articleDate"]!.GetValue<string>(), json["articleDateOrigin"]!.GetValue<string>()));
        var claims = json["claims"]!.AsArray();
        Assert.Equal(["accurate", "inaccurate"], claims.Select(c => c!["verdict"]!.GetValue<string>()).ToList());
        var level = claims[0]!["evidence"]!;
        Assert.Equal(240.11m, decimal.Round(level["valueUsd"]!.GetValue<decimal>() / 1e9m, 2));
        Assert.Equal(("Gacc", "china_russia.csv"), (level["source"]!["code"]!.GetValue<string>(), level["releases"]![0]!["fileName"]!.GetValue<string>()));
        Assert.Equal(-10m, claims[1]!["evidence"]!["growthDifferencePct"]!.GetValue<decimal>());
        Assert.True(json.AsObject().ContainsKey("note") && json["note"] is null, "note should be present and null when claims were found");
    }

    [Fact]
    public async Task When_the_example_text_is_posted_as_plain_text_then_the_answer_is_the_cli_claims_contract()
    {
        var text = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, "docs", "examples", "claims-example.txt"));

        var response = await demo.Client.PostAsync(new Uri("/api/claims?method=none", UriKind.Relative), new ByteArrayContent(text) { Headers = { ContentType = new("text/plain") } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The golden file of 'turnover claims docs/examples/claims-example.txt --format json --method none'.
        var cli = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "test", "Turnover.Cli.Tests", "Golden", "claims.example.json")));
        var web = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(JsonNode.DeepEquals(cli, web), $"the web's claims differ from the CLI's golden file:\n{web}");
    }

    [Fact]
    public async Task When_a_text_holds_no_trade_claim_then_the_list_is_empty_and_the_note_says_so()
    {
        var response = await demo.Client.PostAsJsonAsync(new Uri("/api/claims", UriKind.Relative), new { text = "The delegation visited a tea factory and a museum.", date = "2024-02-01" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Empty(json["claims"]!.AsArray());
        Assert.Equal("no trade claims found", json["note"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("sized")]
    [InlineData("chunked")]
    public async Task When_the_body_is_over_16_mib_then_the_answer_is_413_naming_the_limit(string transfer)
    {
        var bytes = new byte[ClaimTextDecoder.MaxBytes + 1];
        bytes.AsSpan().Fill((byte)'a');
        HttpContent content = transfer == "sized" ? new ByteArrayContent(bytes) : new UnsizedContent(bytes);

        var response = await demo.Client.PostAsync(new Uri("/api/claims", UriKind.Relative), content);

        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("too-large", problem["kind"]!.GetValue<string>());
        Assert.Equal(
            transfer == "sized"
                ? "the request body: the text has 16,777,217 bytes; the limit is 16,777,216 bytes (16 MiB)."
                : "the request body: the text has more than 16,777,216 bytes, the limit (16 MiB).",
            problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("json-empty", "field 'text': the input is empty")]
    [InlineData("json-blank", "field 'text': the text is empty")]
    [InlineData("json-missing", "field 'text' is missing")]
    [InlineData("plain-empty", "the request body: the input is empty")]
    [InlineData("plain-binary", "the request body: the input holds a NUL byte at offset 3: binary data, not text")]
    [InlineData("bad-date", "date '2024-13-01' is not a date (expected YYYY-MM-DD).")]
    [InlineData("bad-lang", "lang 'fr' should be auto, en, ru or zh.")]
    public async Task When_the_text_is_empty_or_binary_then_the_answer_is_400_with_the_command_line_message(string kind, string message)
    {
        HttpContent content = kind switch
        {
            "json-empty" => JsonContent.Create(new { text = string.Empty }),
            "json-blank" => JsonContent.Create(new { text = " \n\t " }),
            "json-missing" => JsonContent.Create(new { date = "2024-02-01" }),
            "plain-empty" => new ByteArrayContent([]),
            "plain-binary" => new ByteArrayContent([0x41, 0x42, 0x43, 0x00, 0x44]),
            "bad-date" => JsonContent.Create(new { text = Text, date = "2024-13-01" }),
            _ => JsonContent.Create(new { text = Text, lang = "fr" }),
        };

        var response = await demo.Client.PostAsync(new Uri("/api/claims", UriKind.Relative), content);

        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad-input", problem["kind"]!.GetValue<string>());
        Assert.StartsWith(message, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_claims_are_judged_on_a_read_only_server_without_a_token_then_they_are_answered_and_capabilities_say_so()
    {
        var capabilities = JsonNode.Parse(await demo.Client.GetStringAsync(new Uri("/api/capabilities", UriKind.Relative)))!;
        var response = await demo.Client.PostAsync(new Uri("/api/claims?date=2024-02-01&method=none", UriKind.Relative), new StringContent(Text, Encoding.UTF8, "text/plain"));

        Assert.True(capabilities["claims"]!.GetValue<bool>());
        Assert.False(capabilities["writes"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["claims"]!.AsArray().Count);
    }

    /// <summary>A body sent without Content-Length (chunked): its size is known only by reading it.</summary>
    private sealed class UnsizedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
