using System.Text.Json;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>
/// Real release dates on the bundled data (China's customs calendar), <c>ingest --published</c>, and revisions that
/// count from their own date (issue 8, point 3).
/// </summary>
public sealed class ReleaseDatesCommandTests
{
    private static readonly string s_targets = RepoPaths.Data("targets.json");

    [Fact]
    public void When_as_of_is_the_day_after_the_november_2022_release_then_january_to_november_2022_is_used()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, _, output, _) = cli.Run("series", "CHN", "RUS", "--from", "2022-09", "--as-of", "2022-12-08", "--format", "csv");

        // Released on 7 December 2022; the old fixed lag (the 14th) still showed January–October.
        Assert.Equal(0, exit);
        Assert.Equal(["2022-09", "2022-10", "2022-11"], Periods(output));
        Assert.Contains(",172400000000,", Lines(output)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_200bn_target_is_checked_on_2023_12_08_then_it_is_met()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, _, _) = cli.Run("target", "check", "cn-ru-200bn-2024", "--as-of", "2023-12-08", "--targets", s_targets, "--method", "none");

        Assert.Equal(0, exit);
        Assert.Contains("verdict: met in 2023-11: Jan–Nov 2023 reached $218.17 bn ≥ $200 bn", console, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-10-23", "2022-08")]
    [InlineData("2022-10-24", "2022-09")]
    public void When_september_2022_was_released_late_on_24_october_then_it_is_not_visible_the_day_before(string asOf, string last)
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (_, _, output, _) = cli.Run("series", "CHN", "RUS", "--from", "2022-07", "--to", "2022-12", "--as-of", asOf, "--format", "csv");

        Assert.Equal(last, Periods(output)[^1]);
    }

    [Theory]
    [InlineData("2022-01-13", "2020")]
    [InlineData("2022-01-14", "2021")]
    public void When_a_month_is_not_in_the_calendar_then_the_estimate_dates_it_and_the_release_note_says_so(string asOf, string last)
    {
        // December 2021 is not in the calendar and no dated page reported 2021's total: quarter-end, so the 14th.
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (_, _, output, _) = cli.Run("series", "CHN", "RUS", "--freq", "year", "--as-of", asOf, "--format", "csv");

        Assert.Equal(last, Periods(output)[^1]);
        using var store = TradeStore.Open(cli.Database, new TradeStoreOptions { ReadOnly = true });
        var note = Assert.Single(store.Releases()).Note;
        Assert.Matches(@"not in the calendar nor on a dated page, estimated: quarter-end months the 14th, other months the 10th of the next month: [^;]*\b2021\b", note);
    }

    [Fact]
    public void When_a_file_without_a_date_is_ingested_with_published_then_its_figures_count_from_that_date()
    {
        using var cli = new CliRun(200, FixedClock.On(new DateOnly(2020, 6, 1)));

        var (exit, _, _, _) = cli.Run("ingest", Bundled.UsChina, "--published", "2020-02-20");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, Exports(cli, "2019-12", "2020-02-19"));
        Assert.Equal("8901200000", Exports(cli, "2019-12", "2020-02-20"));
        using var store = TradeStore.Open(cli.Database, new TradeStoreOptions { ReadOnly = true });
        Assert.Equal(new DateOnly(2020, 2, 20), Assert.Single(store.Releases()).Vintage);
    }

    [Theory]
    [InlineData("2020-06-02", "error: --published 2020-06-02 is after today (2020-06-01): a file cannot have been published in the future.")]
    [InlineData("20 Feb 2020", "error: --published '20 Feb 2020' is not a date (expected YYYY-MM-DD).")]
    public void When_published_is_in_the_future_or_not_a_date_then_nothing_is_ingested(string published, string message)
    {
        using var cli = new CliRun(200, FixedClock.On(new DateOnly(2020, 6, 1)));

        var (exit, _, _, error) = cli.Run("ingest", Bundled.UsChina, "--published", published);

        Assert.Equal((1, message), (exit, error.Trim()));
        Assert.False(File.Exists(cli.Database));
    }

    [Theory]
    [InlineData("series", "USA", "CHN")]
    [InlineData("forecast", "USA", "CHN")]
    [InlineData("target", "check", "cn-ru-300bn-2030")]
    [InlineData("export", "--out", "x.csv")]
    public void When_as_of_is_after_today_then_the_command_is_refused_rather_than_answered_with_todays_figures(params string[] command)
    {
        // target check --as-of 3000-01-01 said "the deadline (end of 2030) has passed" of a deadline still ahead, on the
        // figures published by today; the others answered as of today under the later date.
        using var cli = new CliRun(200, FixedClock.On(new DateOnly(2020, 6, 1)));
        cli.Run("ingest", Bundled.UsChina, "--published", "2020-02-20");

        var (exit, console, _, error) = cli.Run([.. command, "--as-of", "2020-06-02"]);

        Assert.Equal(
            (1, string.Empty, "error: --as-of 2020-06-02 is after today (2020-06-01): what will be published by then is not known; leave --as-of out for what is known today."),
            (exit, console, error.Trim()));
    }

    [Theory]
    [InlineData("0001-01-01", 2, "2001-01 (2001-01-31)")]
    [InlineData("2019-12-30", 229, "2019-12 (2019-12-31)")]
    public void When_published_is_before_the_end_of_a_period_in_the_file_then_the_file_is_refused_and_nothing_stored(string published, int line, string period)
    {
        using var cli = new CliRun(200, FixedClock.On(new DateOnly(2020, 6, 1)));

        var (exit, _, _, error) = cli.Run("ingest", Bundled.UsChina, "--published", published);

        Assert.Equal(1, exit);
        Assert.Equal($"error: us_census_usa_china_monthly.csv:{line}: --published {published} is before the end of {period}, the first period in the file that ends after it: a figure cannot be published before its period is over; give the date the file was published", error.Trim());
        Assert.Equal(string.Empty, Exports(cli, "2019-12", null));
    }

    [Fact]
    public void When_published_is_before_the_end_of_a_period_only_a_growth_rate_covers_then_the_file_is_refused()
    {
        // SYNTHETIC, in the layout of Russia's side: 2022's level ends before the date, the January–September 2023 rate after it.
        using var cli = new CliRun(200, FixedClock.On(new DateOnly(2024, 1, 1)));
        using var file = TempFile.WithText("russia_side.csv", """
            year,flow,value_usd_bn,yoy_pct,source_url,quote,coverage,attribution_confidence
            2022,turnover,190,,https://a.example/1,"q",full year,explicit
            2023,turnover,,27,https://a.example/2,"q2",Jan-Sep 2023,explicit

            """);

        var (exit, _, _, error) = cli.Run("ingest", file.Path, "--format", "fcs", "--published", "2023-01-15");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: russia_side.csv:3: --published 2023-01-15 is before the end of 2023-01..09 (2023-09-30)", error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_mapped_file_is_given_no_publication_date_then_it_counts_from_the_day_of_the_ingest_and_the_output_says_so()
    {
        using var cli = new CliRun(200, FixedClock.On(new DateOnly(2020, 6, 1)));

        var (exit, console, _, _) = cli.Run("ingest", Bundled.KoreaChina, "--format", "mapped", "--mapping", RepoPaths.Fixture("mapped", "kosis_korea_china.json"));

        Assert.Equal(0, exit);
        Assert.Contains("kosis_korea_china_monthly.csv: no publication date given: counted as public from 2020-06-01, the day of this ingest; give --published DATE or publicationLagDays in the mapping to date it earlier", console, StringComparison.Ordinal);
        Assert.Equal(string.Empty, Series(cli, "KOR", "2019-12", "2020-05-31"));
        Assert.Equal("12296986000", Series(cli, "KOR", "2019-12", "2020-06-01"));
    }

    [Fact]
    public void When_a_file_states_its_own_release_date_then_a_different_published_date_is_refused_and_the_same_accepted()
    {
        using var cli = new CliRun(200, FixedClock.On(new DateOnly(2024, 6, 1)));
        var table = RepoPaths.Fixture("gacc", "country_table_2024_02_preliminary.csv"); // "Release date: 2024-03-07"

        var (refused, _, _, error) = cli.Run("ingest", table, "--published", "2024-03-08");
        var (accepted, _, _, _) = cli.Run("ingest", table, "--published", "2024-03-07");

        Assert.Equal((1, 0), (refused, accepted));
        Assert.Equal("error: country_table_2024_02_preliminary.csv: the file states its own release date 2024-03-07, and --published gives 2024-03-08: leave --published out, or give the file's date", error.Trim());
    }

    [Fact]
    public void When_an_undated_revision_is_ingested_later_then_as_of_an_earlier_date_shows_the_figure_as_first_published()
    {
        // A SYNTHETIC revision of a real file, to exercise the mechanism: the bundled Census table with December 2019's
        // exports changed from 8,901.2 to 9,001.2 (and the balance with them). Never shipped as data.
        var clock = new SettableClock(new DateOnly(2020, 2, 10));
        using var cli = new CliRun(200, clock);
        using var revised = TempFile.WithText("us_census_usa_china_monthly.csv", File.ReadAllText(Bundled.UsChina)
            .Replace("December 2019;8,901.2;33,418.1;-24,517.0", "December 2019;9,001.2;33,418.1;-24,417.0", StringComparison.Ordinal));
        cli.Run("ingest", Bundled.UsChina);
        clock.Day = new DateOnly(2020, 6, 1);

        var (exit, _, _, _) = cli.Run("ingest", revised.Path);

        Assert.Equal(0, exit);
        Assert.Equal("8901200000", Exports(cli, "2019-12", "2020-03-01"));
        Assert.Equal("8901200000", Exports(cli, "2019-12", "2020-05-31"));
        Assert.Equal("9001200000", Exports(cli, "2019-12", "2020-06-01"));
        Assert.Equal("9001200000", Exports(cli, "2019-12", null));
        // A figure both releases hold unchanged reads the same on every date.
        Assert.Equal("10103200000", Exports(cli, "2019-11", "2020-03-01"));
        using var store = TradeStore.Open(cli.Database, new TradeStoreOptions { ReadOnly = true });
        Assert.EndsWith("; 456 figure(s) already held by an earlier release and undated here count as revisions from 2020-06-01, the day this release was stored",
            store.Releases()[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_revision_is_ingested_with_published_then_it_counts_from_that_date()
    {
        // The same SYNTHETIC revision of the real Census table as above, dated by the user when stored later.
        var clock = new SettableClock(new DateOnly(2020, 2, 10));
        using var cli = new CliRun(200, clock);
        using var revised = TempFile.WithText("us_census_usa_china_monthly.csv", File.ReadAllText(Bundled.UsChina)
            .Replace("December 2019;8,901.2;33,418.1;-24,517.0", "December 2019;9,001.2;33,418.1;-24,417.0", StringComparison.Ordinal));
        cli.Run("ingest", Bundled.UsChina);
        clock.Day = new DateOnly(2020, 6, 1);

        cli.Run("ingest", revised.Path, "--published", "2020-04-01");

        Assert.Equal("8901200000", Exports(cli, "2019-12", "2020-03-31"));
        Assert.Equal("9001200000", Exports(cli, "2019-12", "2020-04-01"));
    }

    private static string Exports(CliRun cli, string month, string? asOf) => Series(cli, "USA", month, asOf);

    private static string Series(CliRun cli, string reporter, string month, string? asOf)
    {
        string[] args = ["series", reporter, "CHN", "--flow", "exports", "--from", month, "--to", month, "--format", "csv"];
        var (_, _, output, _) = cli.Run(asOf is null ? args : [.. args, "--as-of", asOf]);
        var rows = Lines(output).Skip(1).ToList();
        return rows.Count == 0 ? string.Empty : rows[0].Split(',')[1];
    }

    private static List<string> Periods(string csv) => [.. Lines(csv).Skip(1).Select(l => l.Split(',')[0])];

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private sealed class SettableClock(DateOnly day) : TimeProvider
    {
        public DateOnly Day { get; set; } = day;

        public override DateTimeOffset GetUtcNow() => new(Day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
