using System.Net;
using System.Text.Json.Nodes;
using Turnover.Testing;

namespace Turnover.Web.Tests;

/// <summary>The series, chart and pairs endpoints answer with the command line's use cases and JSON contract.</summary>
[Collection(DemoStoreCollection.Name)]
public sealed class SeriesApiTests(DemoStore demo)
{
    [Fact]
    public async Task When_china_russia_months_are_asked_then_the_answer_is_the_cli_series_contract()
    {
        var response = await demo.Client.GetAsync(new Uri("/api/series?a=CHN&b=RUS&from=2022-09&to=2023-04", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        // The golden file of 'turnover series CHN RUS --from 2022-09 --to 2023-04 --format json' on the same real figures.
        var cli = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "test", "Turnover.Cli.Tests", "Golden", "series.chn-rus.json")));
        var web = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(JsonNode.DeepEquals(cli, web), $"the web's series differs from the CLI's golden file:\n{web}");
    }

    [Fact]
    public async Task When_years_are_asked_then_the_published_and_computed_rates_both_come_back()
    {
        var json = await Get("/api/series?a=china&b=russia&freq=year&flow=turnover&from=2021&to=2021");

        var row = json["rows"]!.AsArray().Single()!;
        Assert.Equal("year", json["frequency"]!.GetValue<string>());
        Assert.Equal("2021", row["period"]!.GetValue<string>());
        Assert.NotNull(row["yoy"]!["computedPct"]);
        Assert.NotNull(row["yoy"]!["publishedPct"]);
    }

    [Fact]
    public async Task When_the_pairs_are_listed_then_each_stored_pair_comes_with_its_coverage()
    {
        var json = await Get("/api/pairs");

        var pairs = json["pairs"]!.AsArray().Select(p => (p!["a"]!["iso3"]!.GetValue<string>(), p["b"]!["iso3"]!.GetValue<string>())).ToList();
        // A pair is named with the lower trade code first: China (156) before Russia (643) and the USA (842).
        Assert.Equal([("CHN", "RUS"), ("CHN", "USA")], pairs.Order().ToList());
        Assert.All(json["pairs"]!.AsArray(), p => Assert.NotEmpty(p!["coverage"]!.AsArray()));
    }

    [Fact]
    public async Task When_a_chart_is_asked_as_svg_or_png_then_the_image_comes_back()
    {
        var svg = await demo.Client.GetAsync(new Uri("/api/chart?a=CHN&b=RUS&freq=year&target=cn-ru-200bn-2024", UriKind.Relative));
        var png = await demo.Client.GetAsync(new Uri("/api/chart?a=CHN&b=RUS&format=png", UriKind.Relative));

        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, (await png.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task When_a_forecast_is_asked_then_the_fan_follows_the_last_observed_month()
    {
        var json = await Get("/api/forecast?a=CHN&b=RUS&method=snaive");

        var steps = json["steps"]!.AsArray();
        Assert.Equal("turnover.forecast/2", json["contract"]!.GetValue<string>());
        Assert.Equal(("Seasonal naive", "named"), (json["model"]!["method"]!.GetValue<string>(), json["model"]!["chosen"]!.GetValue<string>()));
        Assert.Equal(12, steps.Count);
        Assert.All(steps, s => Assert.True(s!["lower80Usd"]!.GetValue<decimal>() <= s["medianUsd"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task When_a_forecast_by_year_is_asked_then_it_is_the_cli_document_with_calendar_years_only()
    {
        var json = await Get("/api/forecast?a=CHN&b=RUS&freq=year&horizon=3");

        Assert.Equal(("default", 0), (json["model"]!["chosen"]!.GetValue<string>(), json["steps"]!.AsArray().Count));
        Assert.Equal(3, json["years"]!.AsArray().Count);
        Assert.NotEmpty(json["fittedOn"]!["releases"]!.AsArray());
    }

    [Fact]
    public async Task When_a_balance_is_forecast_then_the_problem_says_why_not()
    {
        var response = await demo.Client.GetAsync(new Uri("/api/forecast?a=CHN&b=RUS&flow=balance", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("a trade balance changes sign and is not forecast", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<JsonNode> Get(string path)
    {
        var response = await demo.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }
}
