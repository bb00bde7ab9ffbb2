using System.Text.Json;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

public sealed class SeriesCommandTests
{
    [Fact]
    public void When_us_china_is_asked_for_2019_then_csv_gives_the_census_sums_exactly()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.UsChina);

        var (exit, _, output, _) = cli.Run("series", "USA", "China", "--freq", "year", "--from", "2019", "--format", "csv");

        Assert.Equal(0, exit);
        // Census table, 2019: exports 106,481.3 and imports 449,110.8 (millions), summed month by month.
        Assert.Equal(["period,value_usd,yoy_pct,ytd_usd,ytd_yoy_pct,rolling12_usd,rolling12_yoy_pct,yoy_pub_pct,ytd_yoy_pub_pct,derived", "2019,555592100000,-15.6655,,,,,,,months"], Lines(output));
        var (_, _, exports, _) = cli.Run("series", "USA", "CHN", "--flow", "exports", "--freq", "year", "--from", "2019", "--format", "csv");
        Assert.StartsWith("2019,106481300000,", Lines(exports)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void When_china_russia_is_shown_by_year_then_the_snapshot_matches()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, _, output, _) = cli.Run("series", "CHN", "RUS", "--freq", "year", "--format", "csv");

        Assert.Equal(0, exit);
        Golden.Verify(output, "china_russia_annual_csv");
    }

    [Fact]
    public void When_quarters_are_asked_then_the_table_snapshot_matches()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, console, _, _) = cli.Run("series", "KOR", "CHN", "--freq", "quarter", "--from", "2018-Q3", "--to", "2019-Q4");

        Assert.Equal(0, exit);
        Golden.Verify(console, "korea_china_quarterly_table");
    }

    [Fact]
    public void When_quarters_are_sums_of_months_then_the_table_and_the_json_say_which()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, _, _) = cli.Run("series", "CHN", "RUS", "--freq", "quarter", "--from", "2023-Q1", "--to", "2023-Q4");
        var (_, _, json, _) = cli.Run("series", "CHN", "RUS", "--freq", "quarter", "--from", "2023-Q1", "--to", "2023-Q4", "--format", "json");

        Assert.Equal(0, exit);
        // China's customs gives January-March as a cumulative (53.845 bn, Q1 itself); April-June's 60.559 bn is its
        // three monthly figures (19.228 + 20.5 + 20.831), where its cumulatives differ by 114.547 - 53.845 = 60.702.
        Assert.Contains(
            "Quarters summed from their months (the store holds no figure of China's customs, GACC for the period itself): 2023-Q2, 2023-Q3, 2023-Q4. "
            + "The YTD columns take the source's own cumulative figures where it published them, so they need not equal the sum of the rows above.",
            System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " "), StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var rows = document.RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("period").GetString(), r.GetProperty("valueUsd").GetDecimal(), r.GetProperty("fromMonths").GetBoolean()))
            .ToList();
        Assert.Equal([("2023-Q1", 53_845_000_000m, false), ("2023-Q2", 60_559_000_000m, true), ("2023-Q3", 61_468_000_000m, true), ("2023-Q4", 63_240_000_000m, true)], rows);
        var (_, monthly, _, _) = cli.Run("series", "CHN", "RUS", "--from", "2023-04", "--to", "2023-06");
        Assert.DoesNotContain("summed from their months", monthly, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_period_inside_the_table_has_no_figure_then_the_table_and_the_json_name_it()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        // China's customs' reports in the bundled file give no July 2021 turnover, and of 2024 neither March, April
        // nor October: the table went from June to August unremarked.
        var (exit, console, _, _) = cli.Run("series", "CHN", "RUS", "--from", "2021-04", "--to", "2024-12");
        var (_, _, json, _) = cli.Run("series", "CHN", "RUS", "--from", "2021-04", "--to", "2024-12", "--format", "json");
        var (_, _, quarters, _) = cli.Run("series", "CHN", "RUS", "--freq", "quarter", "--from", "2021", "--format", "json");
        var (_, january, _, _) = cli.Run("series", "CHN", "RUS", "--from", "2022-01", "--to", "2022-06");

        Assert.Equal(0, exit);
        Assert.Contains(
            "No value for 2021-07, 2024-03 to 2024-04, 2024-10: the store holds no figure of China's customs, GACC for them; "
            + "2024-04 is in the table, for the year-to-date the source published. "
            + "Figures that need them (growth a year later, sums over them the source did not publish) are blank.",
            System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " "), StringComparison.Ordinal);
        Assert.Equal(["2021-07", "2024-03", "2024-04", "2024-10"], Missing(json));
        // A quarter lacking a month has no figure either, unless the source's cumulatives give it: 2021-Q3 (no July) is
        // January-September less January-June, 2024-Q4 (no October) the year less January-September; 2024-Q2's row is
        // there for its published January-June alone (no January-March to difference from).
        Assert.Equal(["2024-Q1", "2024-Q2"], Missing(quarters));
        Assert.Equal((39_500_000_000m, true), (Row(quarters, "2021-Q3").GetProperty("valueUsd").GetDecimal(), Row(quarters, "2021-Q3").GetProperty("fromCumulatives").GetBoolean()));
        Assert.Equal((64_519_000_000m, 244_819_000_000m), (Row(quarters, "2024-Q4").GetProperty("valueUsd").GetDecimal(), Row(quarters, "2024-Q4").GetProperty("ytdUsd").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, Row(quarters, "2024-Q2").GetProperty("valueUsd").ValueKind);
        Assert.False(Row(quarters, "2023-Q3").GetProperty("fromCumulatives").GetBoolean());
        Assert.Equal(75_000_000_000m, Row(json, "2024-04").GetProperty("ytdUsd").GetDecimal());
        var (_, _, quarterCsv, _) = cli.Run("series", "CHN", "RUS", "--freq", "quarter", "--from", "2024", "--format", "csv");
        Assert.Equal(
            ["2024-Q2,,,116870000000,2.028,,,,1.8,", "2024-Q3,63200000000,2.8177,180300000000,2.2109,,,,,months", "2024-Q4,64519000000,2.0225,244819000000,1.9612,,,,1.9,cumulatives"],
            quarterCsv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1));
        // Exports: 2024-Q3's turnover is summed from months, its exports are not; 2021-Q4 has neither.
        var (_, exportQuarters, _, _) = cli.Run("series", "CHN", "RUS", "--flow", "exports", "--freq", "quarter", "--from", "2021");
        Assert.Contains(
            "No value for 2021-Q4, 2024-Q1 to 2024-Q4: the store holds no figure of China's customs, GACC for them, nor all of their months; "
            + "2021-Q4, 2024-Q2 to 2024-Q4 are in the table, with no value, and the year-to-date where the source published one.",
            System.Text.RegularExpressions.Regex.Replace(exportQuarters, @"\s+", " "), StringComparison.Ordinal);
        var (_, quarterTable, _, _) = cli.Run("series", "CHN", "RUS", "--freq", "quarter", "--from", "2021");
        Assert.Contains(
            "Differenced from the cumulatives of China's customs, GACC (the store holds no figure of the quarter itself, nor all of its months): "
            + "2021-Q3 (January–September minus January–June), 2024-Q4 (January–December minus January–September).",
            System.Text.RegularExpressions.Regex.Replace(quarterTable, @"\s+", " "), StringComparison.Ordinal);
        // China's combined January-February is one figure covering both months: no gap.
        Assert.DoesNotContain("Not in the table", january, StringComparison.Ordinal);

        static JsonElement Row(string json, string period)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("period").GetString() == period).Clone();
        }

        static List<string?> Missing(string json)
        {
            using var document = JsonDocument.Parse(json);
            return [.. document.RootElement.GetProperty("missingPeriods").EnumerateArray().Select(g => g.GetString())];
        }
    }

    [Fact]
    public void When_as_of_is_the_day_of_the_article_then_only_figures_published_by_then_count()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (_, _, output, _) = cli.Run("series", "CHN", "RUS", "--freq", "year", "--as-of", "2022-12-30", "--format", "json");

        using var json = JsonDocument.Parse(output);
        var periods = json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("period").GetString()).ToList();
        Assert.Equal("2021", periods[^1]); // 2022's total came out on 13 January 2023
        var (_, _, monthly, _) = cli.Run("series", "CHN", "RUS", "--as-of", "2022-12-30", "--format", "csv");
        Assert.StartsWith("2022-11,", Lines(monthly)[^1], StringComparison.Ordinal); // Jan–Nov 2022 was out on 7 December
        Assert.Contains(",172400000000,", Lines(monthly)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_country_is_misspelt_then_the_error_suggests_the_closest_and_exits_1()
    {
        using var cli = new CliRun();

        var (exit, _, _, error) = cli.Run("series", "China", "Rusia");

        Assert.Equal(1, exit);
        Assert.Equal("error: unknown country 'Rusia' (did you mean 'Russian Federation'?)", error.Trim());
    }

    [Fact]
    public void When_from_is_after_to_then_the_error_says_so_instead_of_an_empty_table()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, console, _, error) = cli.Run("series", "KOR", "CHN", "--from", "2024", "--to", "2022");

        Assert.Equal((1, string.Empty), (exit, console));
        Assert.Equal("error: --from 2024 is after --to 2022: nothing lies between them.", error.Trim());
    }

    [Fact]
    public void When_the_periods_asked_for_lie_outside_the_figures_then_the_empty_table_says_where_the_figures_are()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, console, _, _) = cli.Run("series", "KOR", "CHN", "--freq", "quarter", "--from", "2030-Q1");
        var (_, inside, _, _) = cli.Run("series", "KOR", "CHN", "--freq", "quarter", "--from", "2019-Q4");

        Assert.Equal(0, exit);
        Assert.Contains("No figures in the periods asked for (--from, --to): the quarterly figures run from 2001-Q1 to 2019-Q4.", System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " "), StringComparison.Ordinal);
        Assert.DoesNotContain("No figures", inside, StringComparison.Ordinal);
        Assert.DoesNotContain("Asked", inside, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_json_window_holds_no_figures_then_its_notes_say_where_they_are_and_what_else_is_stored()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia, Bundled.RussiaChina);

        var (exit, _, output, _) = cli.Run("series", "CHN", "RUS", "--freq", "quarter", "--from", "2030-Q1", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("rows").GetArrayLength());
        Assert.Equal(
            "No figures in the periods asked for (--from, --to): the quarterly figures run from 2021-Q1 to 2024-Q3.",
            Assert.Single(json.RootElement.GetProperty("notes").EnumerateArray()).GetString());
        var other = Assert.Single(json.RootElement.GetProperty("alsoStored").EnumerateArray());
        Assert.Equal(("RUS", "Fcs", false), (other.GetProperty("reporter").GetProperty("iso3").GetString(), other.GetProperty("source").GetProperty("code").GetString(), other.GetProperty("source").GetProperty("reconciled").GetBoolean()));
    }

    [Fact]
    public void When_a_side_has_no_figures_of_the_frequency_asked_then_the_empty_table_says_what_it_has()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.RussiaChina);

        // Russia's customs' bundled figures are years and two years to date: the monthly table was a header alone.
        var (exit, console, _, _) = cli.Run("series", "RUS", "CHN", "--reporter", "RUS", "--freq", "month");

        Assert.Equal(0, exit);
        Assert.Contains(
            "No monthly figures of Russia's customs, FCS for this pair are stored, only year-to-date cumulatives (2012-01..07, 2023-01..10); --freq year shows its annual figures, 'turnover info' what the store holds.",
            System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_side_has_only_year_to_date_cumulatives_then_the_empty_annual_table_says_no_year_is_complete_and_what_is_stored()
    {
        // China's customs' news of January-to-May and January-to-August 2024, nothing else: the annual table was a
        // header alone, without a word.
        using var cli = new CliRun();
        var file = Path.Combine(cli.Folder, "gacc_ytd_2024.csv");
        File.WriteAllText(file, "period,kind,flow,value_usd_bn,yoy_pct,source_url\n2024-05,ytd,turnover,98.8,2.5,https://example.org/may\n2024-08,ytd,turnover,158.47,1.9,https://example.org/august\n");
        Assert.Equal(0, cli.Run("ingest", file, "--format", "gacc").Exit);

        var (exit, console, _, error) = cli.Run("series", "CHN", "RUS", "--freq", "year");
        var (_, _, json, _) = cli.Run("series", "CHN", "RUS", "--freq", "year", "--format", "json");
        var (_, monthly, _, _) = cli.Run("series", "CHN", "RUS", "--freq", "month");

        var note = "No complete calendar year of China's customs, GACC for this pair is stored, only year-to-date cumulatives (2024-01..05, 2024-01..08): "
            + "a year is shown once its annual total or all its months are stored; --freq month shows the months stored, each with its year to date (the YTD column); "
            + "'turnover info' shows what the store holds.";
        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains(note, System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " "), StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(note, Assert.Single(document.RootElement.GetProperty("notes").EnumerateArray()).GetString());
        // No month is stored either: the monthly table no longer points back to the empty annual one.
        Assert.Contains(
            "No monthly figures of China's customs, GACC for this pair are stored, only year-to-date cumulatives (2024-01..05, 2024-01..08); "
            + "no complete year either, so --freq year shows none; 'turnover info' shows what the store holds.",
            System.Text.RegularExpressions.Regex.Replace(monthly, @"\s+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_periods_asked_for_reach_beyond_the_figures_then_the_table_says_where_they_start_and_end()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, console, _, _) = cli.Run("series", "KOR", "CHN", "--freq", "year", "--from", "1995", "--to", "2024");
        var (_, later, _, _) = cli.Run("series", "KOR", "CHN", "--from", "2019-06", "--to", "2020-03");

        // The bundled table runs from January 2001 to December 2019: a table stopping at 2019 is not all that was asked.
        Assert.Equal(0, exit);
        Assert.Contains("Asked --from 1995: the annual figures start with 2001; --to 2024: the annual figures end with 2019.", console, StringComparison.Ordinal);
        Assert.Contains("Asked --to 2020-03: the monthly figures end with 2019-12.", later, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_pair_has_no_data_then_the_error_says_so()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.KoreaChina);

        var (exit, _, _, error) = cli.Run("series", "FRA", "DEU");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: no data for France–Germany", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_balance_is_asked_then_json_carries_negative_values_and_no_growth()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.UsChina);

        var (exit, _, output, _) = cli.Run("series", "USA", "CHN", "--flow", "balance", "--freq", "year", "--from", "2019", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var row = json.RootElement.GetProperty("rows")[0];
        Assert.Equal(106_481_300_000m - 449_110_800_000m, row.GetProperty("valueUsd").GetDecimal());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("yoy").GetProperty("computedPct").ValueKind);
        Assert.Equal("USA", json.RootElement.GetProperty("reporter").GetProperty("iso3").GetString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
