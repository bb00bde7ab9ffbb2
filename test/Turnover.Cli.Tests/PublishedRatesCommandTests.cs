using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>Published rates beside computed ones, end to end on the bundled China–Russia compilation (issue 8).</summary>
public sealed class PublishedRatesCommandTests
{
    [Fact]
    public void When_china_russia_is_shown_by_year_then_2016_shows_the_printed_plus_2_2_beside_the_computed_plus_8_3()
    {
        using var cli = new CliRun(120, TimeProvider.System);
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, _, _) = cli.Run("series", "CHN", "RUS", "--freq", "year");
        var (_, _, csv, _) = cli.Run("series", "CHN", "RUS", "--freq", "year", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Contains("│ 2016   │  69.525 │  +8.3% │    +2.2% │", console, StringComparison.Ordinal);
        Assert.Contains("│ period │   value │    YoY │ YoY pub. │", console, StringComparison.Ordinal);
        Assert.Contains("YoY: computed from the values shown; pub.: as printed by China's customs, GACC (on its unrounded figures)", console, StringComparison.Ordinal);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("period,value_usd,yoy_pct,ytd_usd,ytd_yoy_pct,rolling12_usd,rolling12_yoy_pct,yoy_pub_pct,ytd_yoy_pub_pct,derived", lines[0]);
        Assert.Equal("2016,69525000000,8.2944,,,,,2.2,,", lines.Single(l => l.StartsWith("2016,", StringComparison.Ordinal)));
    }

    [Fact]
    public void When_the_years_shown_hold_a_suspect_level_then_the_series_says_so_with_the_evidence_in_the_table_and_the_json()
    {
        using var cli = new CliRun(400, TimeProvider.System);
        cli.Run("ingest", Bundled.ChinaRussia);

        var (_, console, _, _) = cli.Run("series", "CHN", "RUS", "--freq", "year");
        var (_, _, json, _) = cli.Run("series", "CHN", "RUS", "--freq", "year", "--format", "json");
        var (_, after, _, _) = cli.Run("series", "CHN", "RUS", "--freq", "year", "--from", "2017");

        Assert.Contains(
            "Suspect level, contradicted beyond rounding by the rates China's customs, GACC printed on both sides: 2015's 64.200 bn: 2015's published -27.8% on 2014's 95.280 implies ≈68.792",
            console, StringComparison.Ordinal);
        Assert.Contains("Shown as stored; computed rates on it stray from the printed ones.", System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " "), StringComparison.Ordinal);
        Assert.DoesNotContain("Suspect", after, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var level = Assert.Single(document.RootElement.GetProperty("suspectLevels").EnumerateArray().ToList());
        Assert.Equal(("2015", "turnover", 64200000000m), (level.GetProperty("period").GetString(), level.GetProperty("measure").GetString(), level.GetProperty("valueUsd").GetDecimal()));
        Assert.Equal([-27.8m, 2.2m], level.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("publishedPct").GetDecimal()));
        Assert.Equal(68028375733.86m, level.GetProperty("checks")[1].GetProperty("impliedEarlierUsd").GetDecimal());
    }

    [Fact]
    public void When_months_are_shown_then_the_printed_year_to_date_rate_stands_beside_the_computed_one()
    {
        using var cli = new CliRun(120, TimeProvider.System);
        cli.Run("ingest", Bundled.ChinaRussia);

        var (_, _, csv, _) = cli.Run("series", "CHN", "RUS", "--from", "2022-11", "--to", "2022-11", "--format", "csv");

        // Jan–Nov 2022: 172.4 bn, +32.2% from the totals, +32% as printed (mir24.tv, rt.com).
        Assert.Equal("2022-11,18200000000,23.4735,172400000000,32.2086,188887000000,,,32,", csv.Split('\n', StringSplitOptions.TrimEntries)[1]);
    }

    [Fact]
    public void When_info_runs_on_the_bundled_data_then_2015_is_a_suspect_figure_with_the_evidence()
    {
        using var cli = new CliRun(400, TimeProvider.System); // wide enough that no evidence cell wraps
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, _, _) = cli.Run("info");

        Assert.Equal(0, exit);
        Assert.Contains("suspect figures (3): levels the published growth rates around them contradict", console, StringComparison.Ordinal);
        Assert.Contains(
            "│ 2015   │ turnover │ 64.200 │ 2015's published -27.8% on 2014's 95.280 implies ≈68.792 (the levels give -32.6%, rounding allows ±0.71 points); "
            + "2016's published +2.2% with 2016 at 69.525 implies ≈68.028 (the levels give +8.3%, rounding allows ±0.77 points) │",
            console, StringComparison.Ordinal);
        Assert.Contains("│ 2023-01..02 │ Import │ +31.3% │ +30.3% │ 2 of 3 reports agree with 31.3 within rounding, 1 with 30.3 │", console, StringComparison.Ordinal);
        // As of a date before 2016's figures were out, nothing contradicts 2015 on both sides yet.
        var (_, before, _, _) = cli.Run("info", "--as-of", "2016-06-01");
        Assert.DoesNotContain("suspect figures", before, StringComparison.Ordinal);
        var (_, _, json, _) = cli.Run("info", "--format", "json");
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(
            ["CHN 2015 turnover", "CHN 2015 exports", "CHN 2015 imports"],
            document.RootElement.GetProperty("suspectLevels").EnumerateArray()
                .Select(s => $"{s.GetProperty("reporter").GetProperty("iso3").GetString()} {s.GetProperty("level").GetProperty("period").GetString()} {s.GetProperty("level").GetProperty("measure").GetString()}"));
        var rate = Assert.Single(document.RootElement.GetProperty("rateDisagreements").EnumerateArray().ToList());
        Assert.Equal(("2023-01..02", "imports", 31.3m, 30.3m), (rate.GetProperty("period").GetString(), rate.GetProperty("flow").GetString(), rate.GetProperty("keptPct").GetDecimal(), rate.GetProperty("otherPct").GetDecimal()));
    }

    [Fact]
    public void When_the_year_before_is_not_in_the_data_then_target_check_projects_on_the_printed_rate_and_states_every_base()
    {
        using var cli = new CliRun(120, TimeProvider.System);
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, _, _) = cli.Run("target", "check", "cn-ru-100bn-2015", "--as-of", "2014-06-01");

        Assert.Equal(0, exit);
        Golden.Verify(console, "target_check_2014_published_rate");
    }

    [Fact]
    public void When_judged_on_the_day_of_the_article_then_the_facts_show_printed_and_computed_growth()
    {
        using var cli = new CliRun(120, TimeProvider.System);
        cli.Run("ingest", Bundled.ChinaRussia);

        var (_, console, _, _) = cli.Run("target", "check", "cn-ru-200bn-2024", "--as-of", "2022-12-30", "--paths", "200");

        Assert.Matches(@"│ latest complete year 2021\s+│ 146\.887 bn \(YoY published \+35\.8%, computed \+36\.3%\)\s+│", console);
        Assert.Matches(@"│ year to date 2022-01\.\.11\s+│ 172\.400 bn \(YoY published \+32%, computed \+32\.2%\)\s+│", console);
        Assert.Contains("│ year-to-date growth      │ +32.2% computed │", console, StringComparison.Ordinal);
        Assert.Contains("not projected: rolling 12 months: no rate: the 12 months to 2021-11 are not all in the data", console, StringComparison.Ordinal);
    }
}
