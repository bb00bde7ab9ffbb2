using System.Globalization;
using System.Text.Json;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

public sealed class TargetCommandTests
{
    private static readonly string s_targets = RepoPaths.Data("targets.json");

    [Fact]
    public void When_the_bundled_targets_are_listed_then_each_real_target_appears()
    {
        using var cli = new CliRun();

        var (exit, console, _, _) = cli.Run("target", "list", "--targets", s_targets);

        Assert.Equal(0, exit);
        Assert.Contains("cn-ru-200bn-2024", console, StringComparison.Ordinal);
        Assert.Contains("us-cn-phase-one", console, StringComparison.Ordinal);
        Assert.Matches(@"│ us-cn-phase-one\s+│ USA–CHN │ exports of USA to CHN │ 200\.000 bn │ increment │ 2020–2021 vs 2017", console);
    }

    [Fact]
    public void When_the_reporter_is_neither_country_of_the_target_then_the_check_is_refused_as_series_refuses_it()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, _, error) = cli.Run("target", "check", "--reporter", "USA", "cn-ru-200bn-2024", "--as-of", "2022-12-30", "--targets", s_targets, "--method", "none");

        Assert.Equal((1, string.Empty), (exit, console));
        Assert.Equal("error: the reporter USA is neither China nor Russian Federation, the countries of the target cn-ru-200bn-2024.", error.Trim());
    }

    [Fact]
    public void When_every_target_is_checked_on_a_reporter_of_none_of_their_pairs_then_the_refusal_names_each_target_with_its_own_pair()
    {
        // It said "the reporter Rep. of Korea is neither China nor Russian Federation.": the first target's pair for all nine.
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, _, error) = cli.Run("target", "check", "--all", "--reporter", "KOR", "--as-of", "2022-12-30", "--targets", s_targets, "--method", "none");

        Assert.Equal((1, string.Empty), (exit, console));
        Assert.Equal(
            "error: the reporter Rep. of Korea is a country of none of the 9 targets checked: "
            + "China–Russian Federation (cn-ru-100bn-2015, cn-ru-200bn-2020, cn-ru-200bn-2024, cn-ru-250bn-2024, cn-ru-300bn-2030); "
            + "India–Russian Federation (in-ru-30bn-2025, in-ru-100bn-2030); USA–China (us-cn-phase-one); USA–India (us-in-500bn-2030).",
            error.Trim());
    }

    [Fact]
    public void When_every_target_is_checked_on_one_reporter_then_only_the_targets_of_its_pairs_are_judged()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, _, output, _) = cli.Run("target", "check", "--all", "--reporter", "CHN", "--as-of", "2022-12-30", "--targets", s_targets, "--method", "none", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var names = json.RootElement.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("target").GetProperty("name").GetString()).ToList();
        Assert.Contains("cn-ru-200bn-2024", names);
        Assert.Contains("us-cn-phase-one", names);
        Assert.DoesNotContain("in-ru-30bn-2025", names);
    }

    [Fact]
    public void When_checked_as_of_the_article_day_then_putins_200bn_is_on_track_at_this_rate()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, _, output, _) = cli.Run("target", "check", "cn-ru-200bn-2024", "--as-of", "2022-12-30", "--targets", s_targets, "--method", "none", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var report = Assert.Single(Assert.Single(json.RootElement.GetProperty("checks").EnumerateArray()).GetProperty("reports").EnumerateArray());
        Assert.Equal("on-track", report.GetProperty("verdict").GetString());
        Assert.Equal("2022-01..11", report.GetProperty("yearToDate").GetProperty("through").GetString());
        Assert.Equal(2023, report.GetProperty("projections")[0].GetProperty("crossingYear").GetInt32());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("metIn").ValueKind);
    }

    [Fact]
    public void When_a_missed_target_came_true_later_then_the_check_gives_its_outcome_apart_from_todays_progress_and_when_it_was_reached()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, _, _) = cli.Run("target", "check", "cn-ru-100bn-2015", "--as-of", "2025-06-30", "--targets", s_targets);
        var (_, _, output, _) = cli.Run("target", "check", "cn-ru-100bn-2015", "--as-of", "2025-06-30", "--targets", s_targets, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Matches(@"│ at the deadline, 2015\s+│ 64\.200 bn: 64\.2% of the target", console);
        Assert.Matches(@"│ progress, 12 months to 2024-12\s+│ 244\.8% of the target", console);
        Assert.Contains("reached later, in 2018-12 (2018: $107.06 bn)", console.ReplaceLineEndings(" "), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var report = Assert.Single(Assert.Single(json.RootElement.GetProperty("checks").EnumerateArray()).GetProperty("reports").EnumerateArray());
        Assert.Equal(("missed", 64.2m, 244.819m), (report.GetProperty("verdict").GetString(), report.GetProperty("outcomePct").GetDecimal(), report.GetProperty("progressPct").GetDecimal()));
        var late = report.GetProperty("reachedAfterDeadline");
        Assert.Equal(("2018-12", 107_060_000_000m, 0), (late.GetProperty("month").GetString(), late.GetProperty("valueUsd").GetDecimal(), late.GetProperty("yearsNotInFigures").GetArrayLength()));
    }

    [Fact]
    public void When_a_sides_figures_end_years_ago_then_progress_names_what_it_is_measured_on()
    {
        using var cli = new CliRun(200, TimeProvider.System);
        cli.Run("ingest", Bundled.ChinaRussia);
        cli.Run("ingest", Bundled.RussiaChina);

        var (exit, console, _, _) = cli.Run("target", "check", "cn-ru-200bn-2020", "--as-of", "2026-12-01", "--targets", s_targets, "--method", "none");
        var (_, _, output, _) = cli.Run("target", "check", "cn-ru-200bn-2020", "--as-of", "2026-12-01", "--targets", s_targets, "--method", "none", "--format", "json");

        Assert.Equal(0, exit);
        // Russia's bundled figures hold years to 2020 and January-October 2023: its 52 % is 2020's, not "now".
        Assert.Matches(@"│ progress, 12 months to 2024-12\s+│ 122\.4% of the target", console);
        Assert.Matches(@"│ progress, 2020\s+│ 52\.0% of the target", console);
        Assert.DoesNotContain("progress now", console, StringComparison.Ordinal);
        // Past the deadline, without its figures: the growth 2021-2024 would have needed, not growth "still needed".
        var (_, late, _, _) = cli.Run("target", "check", "cn-ru-250bn-2024", "--as-of", "2026-12-01", "--targets", s_targets, "--method", "none");
        Assert.Matches(@"│ growth it needed\s+│ \+24\.5% a year from 2020 to reach it in 2024", late);
        Assert.DoesNotContain("still needed", late, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var reports = json.RootElement.GetProperty("checks")[0].GetProperty("reports").EnumerateArray()
            .Select(r => (r.GetProperty("reporter").GetProperty("iso3").GetString(), r.GetProperty("achievedThrough").GetString(), r.GetProperty("progressPct").GetDecimal()));
        Assert.Equal([("CHN", "2024-12", 122.4095m), ("RUS", "2020", 52m)], reports);
    }

    [Fact]
    public void When_checked_with_the_default_method_then_the_backtests_reliability_of_its_probability_is_shown_beside_it()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, _, output, _) = cli.Run("target", "check", "cn-ru-200bn-2024", "--as-of", "2022-12-30", "--targets", s_targets, "--format", "json");
        var (_, console, _, _) = cli.Run("target", "check", "cn-ru-200bn-2024", "--as-of", "2022-12-30", "--targets", s_targets);
        var (_, theta, _, _) = cli.Run("target", "check", "cn-ru-200bn-2024", "--as-of", "2022-12-30", "--targets", s_targets, "--method", "theta");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var model = Assert.Single(Assert.Single(json.RootElement.GetProperty("checks").EnumerateArray()).GetProperty("reports").EnumerateArray()).GetProperty("model");
        var bins = model.GetProperty("reliability").EnumerateArray().ToList();
        Assert.Equal(["pooled", "pairs", "lines"], bins.Select(b => b.GetProperty("set").GetString()));
        var probability = model.GetProperty("probabilityPct").GetDecimal();
        Assert.All(bins, b => Assert.InRange(probability, b.GetProperty("fromPct").GetInt32(), b.GetProperty("toPct").GetInt32()));
        var pooled = bins[0];
        Assert.Equal(bins[1].GetProperty("targets").GetInt32() + bins[2].GetProperty("targets").GetInt32(), pooled.GetProperty("targets").GetInt32());
        var text = string.Create(CultureInfo.InvariantCulture,
            $"in backtests, targets this method gave {pooled.GetProperty("fromPct").GetInt32()}–{pooled.GetProperty("toPct").GetInt32()}% (stated {pooled.GetProperty("meanStatedPct").GetDecimal():0}% on average) were met {pooled.GetProperty("observedPct").GetDecimal():0}% of the time: {pooled.GetProperty("targets").GetInt32():N0} targets");
        Assert.Contains(text, console.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("in backtests", theta, StringComparison.Ordinal);
    }

    [Fact]
    public void When_checked_today_then_the_200bn_target_was_met_in_november_2023()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, _, _) = cli.Run("target", "check", "cn-ru-200bn-2024", "--as-of", "2026-11-28", "--targets", s_targets, "--method", "none");

        Assert.Equal(0, exit);
        Assert.Contains("verdict: met in 2023-11: Jan–Nov 2023 reached $218.17 bn ≥ $200 bn, 13 month(s) before the end of 2024", console, StringComparison.Ordinal);
    }

    [Fact]
    public void When_an_increment_target_is_added_then_the_check_uses_the_baseline_pace()
    {
        using var cli = new CliRun();
        using var targets = TempFile.WithText("targets.json", """{ "targets": [] }""");
        cli.Run("ingest", Bundled.UsChina);
        var exports = CensusExportsByYear();

        var (addExit, _, _, _) = cli.Run(
            "target", "add", "us-cn-test", "--pair", "USA", "CHN", "--metric", "exports", "--amount", "10bn", "--basis", "increment",
            "--from", "2018", "--deadline", "2019", "--baseline", "2017", "--by", "test", "--on", "2018-01-01", "--source", "https://example.org", "--targets", targets.Path);
        var (exit, _, output, _) = cli.Run("target", "check", "us-cn-test", "--as-of", "2020-06-01", "--targets", targets.Path, "--method", "none", "--format", "json");

        Assert.Equal((0, 0), (addExit, exit));
        using var json = JsonDocument.Parse(output);
        var report = json.RootElement.GetProperty("checks")[0].GetProperty("reports")[0];
        Assert.Equal("missed", report.GetProperty("verdict").GetString());
        var achieved = exports[2018] + exports[2019] - (2 * exports[2017]);
        Assert.Contains($"missed: the increment over 2017's pace in 2018-01 to 2019-12 came to ${achieved / 1e9m:0.##} bn", report.GetProperty("verdictText").GetString(), StringComparison.Ordinal);
        Assert.Equal("2019-12", report.GetProperty("achievedThrough").GetString());
    }

    [Fact]
    public void When_an_increment_targets_years_have_not_begun_in_the_figures_then_progress_says_where_they_end()
    {
        using var cli = new CliRun(200, TimeProvider.System);
        using var targets = TempFile.WithText("targets.json", """{ "targets": [] }""");
        cli.Run("ingest", Bundled.UsChina);
        cli.Run(
            "target", "add", "us-cn-test", "--pair", "USA", "CHN", "--metric", "exports", "--amount", "10bn", "--basis", "increment",
            "--from", "2020", "--deadline", "2021", "--baseline", "2017", "--by", "test", "--on", "2020-01-15", "--source", "https://example.org", "--targets", targets.Path);

        var (exit, console, _, _) = cli.Run("target", "check", "us-cn-test", "--as-of", "2020-06-01", "--targets", targets.Path, "--method", "none");

        Assert.Equal(0, exit);
        // The bundled US Census table ends in 2019; the window starts in 2020 (it read "progress, 2020 to 2019-12").
        Assert.Matches(@"│ progress, figures end 2019-12, before 2020\s+│ 0\.0% of the target", console);
    }

    [Fact]
    public void When_both_sides_report_then_each_is_judged_and_the_gap_between_them_is_shown()
    {
        using var cli = new CliRun();
        using var targets = TempFile.WithText("targets.json", """{ "targets": [] }""");
        // China's side is constructed (round numbers): the bundled data holds no pair that both sides report.
        using var chinaSide = TempFile.WithText("china_imports_from_usa.csv", "Year,Imports\n2017,100000\n2018,110000\n2019,120000\n");
        using var mapping = TempFile.WithText("china_side.json", """
            { "period": { "column": "Year", "format": "yyyy" }, "values": { "Import": "Imports" }, "unit": "millions",
              "currency": "USD", "reporter": "CHN", "partner": "USA" }
            """);
        var exports = CensusExportsByYear();
        cli.Run("ingest", Bundled.UsChina);
        var (ingestExit, _, _, ingestError) = cli.Run("ingest", chinaSide.Path, "--format", "mapped", "--mapping", mapping.Path, "--published", "2020-03-01");
        cli.Run(
            "target", "add", "us-cn-test", "--pair", "USA", "CHN", "--metric", "exports", "--amount", "10bn", "--basis", "increment",
            "--from", "2018", "--deadline", "2019", "--baseline", "2017", "--by", "test", "--on", "2018-01-01", "--source", "https://example.org", "--targets", targets.Path);

        var (exit, _, output, _) = cli.Run("target", "check", "us-cn-test", "--as-of", "2020-06-01", "--targets", targets.Path, "--method", "none", "--format", "json");
        var (_, console, _, _) = cli.Run("target", "check", "us-cn-test", "--as-of", "2020-06-01", "--targets", targets.Path, "--method", "none");

        Assert.Equal((0, 0), (ingestExit, exit));
        Assert.Empty(ingestError);
        using var json = JsonDocument.Parse(output);
        var check = json.RootElement.GetProperty("checks")[0];
        Assert.Equal(["USA", "CHN"], check.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("reporter").GetProperty("iso3").GetString()));
        Assert.Equal(100e9m, check.GetProperty("reports")[1].GetProperty("baseline").GetProperty("valueUsd").GetDecimal());
        var gap = Assert.Single(check.GetProperty("gaps").EnumerateArray());
        Assert.Equal(("CHN", "exports", "imports"), (gap.GetProperty("otherReporter").GetProperty("iso3").GetString(), gap.GetProperty("measure").GetString(), gap.GetProperty("otherMeasure").GetString()));
        var rows = gap.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["baseline year 2017", "year 2018", "year 2019", "increment over 2017, 2018 to 2019-12"], rows.Select(r => r.GetProperty("what").GetString()));
        Assert.Equal(exports[2017] - 100e9m, rows[0].GetProperty("differenceUsd").GetDecimal());
        Assert.Equal(exports[2018] + exports[2019] - (2 * exports[2017]) - (230e9m - 200e9m), rows[3].GetProperty("differenceUsd").GetDecimal());
        Assert.Contains("gap between the two sides' statistics", console, StringComparison.Ordinal);
        // The China side is a mapped file: its valuation is not known, so it is not called CIF.
        Assert.Contains("why they differ: China's imports are valued as the file's publisher values them", console, StringComparison.Ordinal);
    }

    [Fact]
    public void When_an_option_value_is_not_allowed_then_one_error_line_points_to_the_help_without_printing_it()
    {
        using var cli = new CliRun();

        var (exit, console, output, error) = cli.Run("target", "check", "cn-ru-200bn-2024", "--method", "prophet", "--targets", s_targets);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, console + output);
        Assert.Equal(
            "error: Argument 'prophet' not recognized. Must be one of: 'ets' 'ets-weighted' 'ets-drift' 'theta' 'snaive' 'drift' 'ensemble' 'weighted-ensemble' 'none'\nsee 'turnover target check --help'.",
            error.Trim().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void When_a_target_breaks_a_rule_then_add_refuses_it_naming_the_rule()
    {
        using var cli = new CliRun();
        using var targets = TempFile.WithText("targets.json", """{ "targets": [] }""");

        var (exit, _, _, error) = cli.Run(
            "target", "add", "bad", "--pair", "CHN", "RUS", "--amount", "-5bn", "--deadline", "2024", "--by", "x", "--on", "2025-01-01", "--source", "u", "--targets", targets.Path);
        var (exit2, _, _, error2) = cli.Run(
            "target", "add", "bad", "--pair", "CHN", "RUS", "--amount", "5bn", "--deadline", "2024", "--by", "x", "--on", "2025-01-01", "--source", "u", "--targets", targets.Path);

        Assert.Equal((1, 1), (exit, exit2));
        Assert.Equal("error: --amount '-5bn' is not a positive amount (e.g. 200e9 or 200bn).", error.Trim());
        Assert.Equal("error: target 'bad': deadline 2024 is before the announcement on 2025-01-01; first year 2025 is after the deadline year 2024.", error2.Trim());
        Assert.Equal("""{ "targets": [] }""", File.ReadAllText(targets.Path));
    }

    [Theory]
    [InlineData("target check cn-ru-300bn-2030 --paths 99999999")] // took all memory until the process was killed
    [InlineData("target check cn-ru-300bn-2030 --paths 0")]
    [InlineData("backtest KOR:CHN --methods snaive --paths 200000")]
    public void When_paths_are_out_of_range_then_the_command_refuses_them_before_simulating(string args)
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, _, error) = cli.Run(args.Split(' '));

        Assert.Equal(1, exit);
        Assert.Matches(@"^error: --paths should be between 1 and 100,000, not -?\d+\.$", error.Trim());
    }

    [Theory]
    [InlineData("--deadline 99999 --amount 5bn", "deadline 99999 should be between 1900 and 2200")] // it crashed with an unhandled exception
    [InlineData("--deadline 2030 --amount 1e20", "amount 100000000000000000000 is beyond any trade between two countries")] // the store's cast error
    public void When_a_target_names_an_impossible_year_or_amount_then_add_refuses_it_and_stores_nothing(string args, string message)
    {
        using var cli = new CliRun();

        var (exit, _, _, error) = cli.Run(["target", "add", "bad", "--pair", "CHN", "RUS", .. args.Split(' '), "--by", "x", "--on", "2025-01-01", "--source", "u"]);
        var (_, list, _, _) = cli.Run("target", "list");

        Assert.Equal(1, exit);
        Assert.StartsWith($"error: target 'bad': {message}", error.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("bad", list, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_targets_file_names_an_unknown_country_then_the_error_names_file_target_and_suggestion()
    {
        using var cli = new CliRun();
        var text = File.ReadAllText(s_targets).Replace("[\"IND\", \"RUS\"]", "[\"Indai\", \"RUS\"]", StringComparison.Ordinal);
        using var targets = TempFile.WithText("targets.json", text);

        var (exit, _, _, error) = cli.Run("target", "list", "--targets", targets.Path);

        Assert.Equal(1, exit);
        Assert.Contains("target 'in-ru-30bn-2025': unknown country 'Indai' (did you mean 'India'?)", error, StringComparison.Ordinal);
    }

    private static Dictionary<int, decimal> CensusExportsByYear()
    {
        // Summed independently from the raw Census table (millions of USD, "January 2017;9,780.0;…").
        return File.ReadLines(Bundled.UsChina).Skip(1)
            .Select(line => line.Split(';'))
            .GroupBy(f => int.Parse(f[0][^4..], CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Sum(f => decimal.Parse(f[1].Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)) * 1_000_000m);
    }
}
