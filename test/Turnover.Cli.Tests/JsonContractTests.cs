using System.Text.Json;
using System.Text.RegularExpressions;
using Turnover.Presentation.Json;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>
/// The JSON contract (docs/json-contract.md) pinned on the bundled real data: each document's shape, names, units and
/// rounding are in a golden file under Golden/. A deliberate change shows as Golden/NAME.received.json beside it:
/// review the diff and move it over the golden file (or run with TURNOVER_ACCEPT=1); a change that renames, removes or
/// changes the meaning of a field also bumps the contract's version.
/// </summary>
public sealed class JsonContractTests
{
    // A stopped clock: ingestion times (info's ingestedAt) and "today" are the same on every run.
    private static readonly DateOnly s_today = new(2026, 11, 28);

    [Fact]
    public void When_china_russia_months_are_asked_as_json_then_the_series_contract_matches()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, _, output, _) = cli.Run("series", "CHN", "RUS", "--from", "2022-09", "--to", "2023-04", "--format", "json");

        Assert.Equal(0, exit);
        Golden.VerifyFile(output, "Golden/series.chn-rus.json");
    }

    [Fact]
    public void When_figures_were_converted_from_yuan_then_the_series_says_so_in_json_table_and_info()
    {
        using var cli = Cli();
        // Real Census figures for 2015 declared as CNY by the mapping (test/fixtures/mapped/README.md), with the bundled IMF rates.
        cli.Run("ingest", RepoPaths.Fixture("mapped", "census_2015_usd_declared_cny.csv"), "--format", "mapped", "--mapping", RepoPaths.Fixture("mapped", "census_2015_declared_cny.json"));

        var (exit, _, output, _) = cli.Run("series", "USA", "CHN", "--freq", "quarter", "--format", "json");
        var (_, table, _, _) = cli.Run("series", "USA", "CHN", "--freq", "quarter");
        var (_, info, _, _) = cli.Run("info");

        Assert.Equal(0, exit);
        Golden.VerifyFile(output, "Golden/series.usa-chn.converted.json");
        Assert.Contains("USA–China trade turnover, quarterly, US$ bn (converted from CNY), as reported by USA (mapped CSV)", table, StringComparison.Ordinal);
        Assert.Contains("Converted to US$: exports and imports 2015-Q1 to 2015-Q4 (4 periods) converted from CNY to US$ at the monthly mean of the IMF daily rates", Flat(table), StringComparison.Ordinal);
        Assert.Contains("release 1 (census_2015_usd_declared_cny.csv): values converted from CNY to US$ at the monthly mean of the IMF daily rates (imf_exchange_rates_daily.csv).", Flat(info), StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_target_is_judged_on_converted_figures_then_the_caveat_and_the_json_say_how()
    {
        using var cli = Cli();
        using var targets = TempFile.WithText("targets.json", """{ "targets": [] }""");
        cli.Run("ingest", RepoPaths.Fixture("mapped", "census_2015_usd_declared_cny.csv"), "--format", "mapped", "--mapping", RepoPaths.Fixture("mapped", "census_2015_declared_cny.json"), "--published", "2016-03-01");
        cli.Run(
            "target", "add", "us-cn-test", "--pair", "USA", "CHN", "--amount", "50bn", "--deadline", "2015", "--by", "test", "--on", "2015-01-01",
            "--source", "https://example.org", "--targets", targets.Path);

        var (exit, _, output, _) = cli.Run("target", "check", "us-cn-test", "--as-of", "2016-06-01", "--targets", targets.Path, "--method", "none", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var report = json.RootElement.GetProperty("checks")[0].GetProperty("reports")[0];
        Assert.Contains("24 stored figure(s) behind the series were published in another currency and converted from CNY to US$", report.GetProperty("caveat").GetString(), StringComparison.Ordinal);
        var conversion = Assert.Single(report.GetProperty("provenance").GetProperty("conversions").EnumerateArray());
        Assert.Equal(("CNY", "imf_exchange_rates_daily.csv", 12), (
            conversion.GetProperty("conversion").GetProperty("fromCurrency").GetString(),
            conversion.GetProperty("conversion").GetProperty("ratesFile").GetString(),
            conversion.GetProperty("periods").GetArrayLength()));
    }

    [Fact]
    public void When_the_example_text_is_checked_as_json_then_the_claims_contract_matches()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.ChinaRussia);

        // No model: the golden file pins the contract, not a simulation.
        var (exit, _, output, _) = cli.Run("claims", Path.Combine(RepoPaths.Root, "docs", "examples", "claims-example.txt"), "--format", "json", "--method", "none");

        Assert.Equal(0, exit);
        Golden.VerifyFile(output, "Golden/claims.example.json");
    }

    [Fact]
    public void When_the_bundled_data_is_described_as_json_then_the_info_contract_matches()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.ChinaRussia, Bundled.UsChina, Bundled.KoreaChina);

        var (exit, _, output, _) = cli.Run("info", "--format", "json");

        Assert.Equal(0, exit);
        Golden.VerifyFile(output, "Golden/info.json");
    }

    [Fact]
    public void When_the_200bn_target_is_checked_on_the_day_of_the_article_then_the_target_check_contract_matches()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.ChinaRussia);

        // The model's paths are seeded, so its outlook is part of the pinned shape; 200 paths keep the test quick.
        var (exit, _, output, _) = cli.Run(
            "target", "check", "cn-ru-200bn-2024", "--as-of", "2022-12-30", "--targets", RepoPaths.Data("targets.json"), "--paths", "200", "--format", "json");

        Assert.Equal(0, exit);
        Golden.VerifyFile(output, "Golden/target-check.json");
    }

    [Fact]
    public void When_china_russia_products_are_asked_as_json_then_the_products_contract_matches()
    {
        using var cli = Cli();
        cli.Run("ingest", WindColumns.ByOrigin, Bundled.ChinaRussia);

        var (exit, _, output, _) = cli.Run("products", "CHN", "RUS", "--year", "2021", "--level", "product", "--format", "json");

        Assert.Equal(0, exit);
        Golden.VerifyFile(output, "Golden/products.chn-rus.json");
    }

    [Fact]
    public void When_products_are_asked_by_mode_of_transport_as_json_then_the_breakdown_matches()
    {
        using var cli = Cli();
        cli.Run("ingest", RepoPaths.Fixture("comtrade", "TradeData_breakdowns.csv"), "--include-breakdowns");

        var (exit, _, output, _) = cli.Run("products", "THA", "CHN", "--year", "2017", "--level", "heading", "--by", "mot", "--format", "json");

        Assert.Equal(0, exit);
        Golden.VerifyFile(output, "Golden/products.tha-chn.by-mot.json");
    }

    [Fact]
    public void When_chinas_crude_suppliers_are_asked_as_json_then_the_suppliers_contract_matches()
    {
        using var cli = Cli();
        cli.Run("ingest", WindColumns.ByOrigin);

        var (exit, _, output, _) = cli.Run("suppliers", "2709", "--importer", "CHN", "--from", "2020", "--to", "2021", "--top", "2", "--format", "json");

        Assert.Equal(0, exit);
        Golden.VerifyFile(output, "Golden/suppliers.chn-2709.json");
    }

    [Fact]
    public void When_china_russia_is_decomposed_as_json_then_the_decompose_contract_matches()
    {
        using var cli = Cli();
        cli.Run("ingest", WindColumns.ByOrigin);

        var (exit, _, output, _) = cli.Run("decompose", "CHN", "RUS", "--from", "2019", "--to", "2021", "--format", "json");

        Assert.Equal(0, exit);
        Golden.VerifyFile(output, "Golden/decompose.chn-rus.json");
    }

    [Fact]
    public void When_china_russia_is_decomposed_with_a_top_as_json_then_the_top_object_matches()
    {
        using var cli = Cli();
        cli.Run("ingest", WindColumns.ByOrigin);

        var (exit, _, output, _) = cli.Run("decompose", "CHN", "RUS", "--year", "2019", "--top", "2", "--format", "json");

        Assert.Equal(0, exit);
        Golden.VerifyFile(output, "Golden/decompose.chn-rus.top.json");
    }

    [Fact]
    public void When_china_russia_is_mirrored_as_json_then_the_mirror_contract_matches()
    {
        using var cli = Cli();
        cli.Run("ingest", Bundled.ChinaRussia, Bundled.RussiaChina);

        var (exit, _, output, _) = cli.Run("mirror", "CHN", "RUS", "--from", "2010", "--to", "2023", "--format", "json");

        Assert.Equal(0, exit);
        Golden.VerifyFile(output, "Golden/mirror.chn-rus.json");
    }

    [Fact]
    public void When_the_contract_lists_the_verdicts_then_it_lists_exactly_the_strings_the_json_carries()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "json-contract.md"));

        var section = doc[doc.IndexOf("### Verdicts", StringComparison.Ordinal)..];
        var listed = Regex.Matches(section[..section.IndexOf("\n#", 1, StringComparison.Ordinal)], @"^\| `([a-z-]+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value);

        Assert.Equal(TargetReportJson.Verdicts, listed);
    }

    [Theory]
    [InlineData("series", "turnover.series/1")]
    [InlineData("info", "turnover.info/1")]
    [InlineData("target-check", "turnover.target-check/2")]
    [InlineData("watch", "turnover.watch/2")]
    [InlineData("backtest-targets", "turnover.backtest-targets/1")]
    [InlineData("products.chn-rus", "turnover.products/2")]
    [InlineData("products.tha-chn.by-mot", "turnover.products/2")]
    [InlineData("suppliers.chn-2709", "turnover.suppliers/1")]
    [InlineData("decompose.chn-rus", "turnover.decompose/2")]
    [InlineData("decompose.chn-rus.top", "turnover.decompose/2")]
    [InlineData("mirror.chn-rus", "turnover.mirror/1")]
    public void When_a_document_is_written_then_it_names_its_contract_first(string golden, string contract)
    {
        var path = Path.Combine(Path.Combine(RepoPaths.Root, "test", "Turnover.Cli.Tests", "Golden"), golden == "series" ? "series.chn-rus.json" : golden + ".json");

        using var json = JsonDocument.Parse(File.ReadAllText(path));

        var first = json.RootElement.EnumerateObject().First();
        Assert.Equal(("contract", contract), (first.Name, first.Value.GetString()));
    }

    private static CliRun Cli() => new(200, StoppedClock.On(s_today));

    // The console wraps long lines at the table width: compare the words, not the line breaks.
    private static string Flat(string text) => Regex.Replace(text, @"\s*\n\s*", " ");
}
