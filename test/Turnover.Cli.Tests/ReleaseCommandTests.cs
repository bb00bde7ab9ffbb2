using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>
/// Corrections end to end (issue 8 point 4): the real KOSIS download read through a mapping with a wrong unit is
/// refused as implausible, stored only with --accept-outliers, retracted, and re-read with the corrected mapping as a
/// new release; <c>release list | show | retract</c> and <c>info</c> show what happened.
/// </summary>
public sealed class ReleaseCommandTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 28, 9, 30, 0, TimeSpan.Zero);
    private static readonly string s_kosis = RepoPaths.Data("national", "kosis_korea_china_monthly.csv");
    private static readonly string s_mapping = RepoPaths.Fixture("mapped", "kosis_korea_china.json");
    private static readonly string s_wrongUnit = RepoPaths.Fixture("mapped", "kosis_korea_china_wrong_unit.json");

    private static CliRun NewRun() => new(200, new FixedClock(s_now));

    private static (int Exit, string Console, string Out, string Error) Ingest(CliRun cli, string mapping, params string[] more) =>
        cli.Run(["ingest", s_kosis, "--format", "mapped", "--mapping", mapping, .. more]);

    private static (int Exit, string Error) Trimmed((int Exit, string Console, string Out, string Error) run) => (run.Exit, run.Error.Trim());

    [Fact]
    public void When_a_mapping_has_the_wrong_unit_then_the_file_is_refused_naming_line_figure_value_and_bound()
    {
        using var cli = NewRun();

        var (exit, console, _, error) = Ingest(cli, s_wrongUnit);

        Assert.Equal(1, exit);
        Assert.Contains("rejected: implausible figures, nothing stored", console, StringComparison.Ordinal);
        // KOSIS: Korea's exports to China in September 2002 were 2,107,709 thousand US$; read as millions, 2.1 trillion.
        Assert.StartsWith(
            "error: kosis_korea_china_monthly.csv:22: Rep. of Korea's exports to China, 2002-09, all goods: US$2,107,709,000,000 is above world trade in a month "
            + "(US$2,075,000,000,000; WTO: world merchandise exports were US$24.9 trillion in 2022, the highest year); --accept-outliers stores it anyway\n",
            error.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
        Assert.Contains("error: kosis_korea_china_monthly.csv: … and at least 15 more implausible figure(s); nothing stored", error, StringComparison.Ordinal);
        Assert.Equal(6, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var (_, list, _, _) = cli.Run("release", "list");
        Assert.Contains("The store holds no release yet", list, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_wrong_release_is_retracted_and_the_file_re_read_with_the_corrected_mapping_then_answers_use_the_correction()
    {
        using var cli = NewRun();
        Assert.Equal(1, Ingest(cli, s_wrongUnit).Exit);

        // The refused first attempt leaves no trace, not even a release id (it used up id 1 before 8 December 2026).
        var accepted = Ingest(cli, s_wrongUnit, "--accept-outliers");
        Assert.Equal(0, accepted.Exit);
        Assert.Contains("stored (release 1)", accepted.Console, StringComparison.Ordinal);
        Assert.Contains("kosis_korea_china_monthly.csv: at least 20 implausible figure(s) stored anyway (--accept-outliers), the first on line 22; the release note says so.", accepted.Console, StringComparison.Ordinal);
        Assert.Contains("2019,136202534000000,", cli.Run("series", "KOR", "CHN", "--flow", "exports", "--freq", "year", "--from", "2019", "--format", "csv").Out, StringComparison.Ordinal);

        var retract = cli.Run("release", "retract", "1", "--reason", "unit is thousands, not millions");
        Assert.Equal(0, retract.Exit);
        Assert.Equal(
            "release 1 retracted on 2026-11-28 09:30 UTC: unit is thousands, not millions. Its figures no longer count in any answer; they stay in the store for audit ('turnover release show 1').",
            retract.Console.ReplaceLineEndings(" ").Trim());
        Assert.Equal((1, "error: no data for Rep. of Korea–China; see 'turnover info' for what the store holds."), Trimmed(cli.Run("series", "KOR", "CHN")));

        var corrected = Ingest(cli, s_mapping);
        Assert.Equal(0, corrected.Exit);
        Assert.Contains("stored (release 2)", corrected.Console, StringComparison.Ordinal);
        Assert.Contains("kosis_korea_china_monthly.csv: release 2 re-reads the bytes of release 1 (retracted) with a different mapping.", corrected.Console, StringComparison.Ordinal);

        // The figure KOSIS published (README: KOR CHN exports 2019, 136,202,534 thousand US$).
        Assert.Equal(
            "period,value_usd,yoy_pct,ytd_usd,ytd_yoy_pct,rolling12_usd,rolling12_yoy_pct,yoy_pub_pct,ytd_yoy_pub_pct,derived\n2019,136202534000,-15.9892,,,,,,,months",
            cli.Run("series", "KOR", "CHN", "--flow", "exports", "--freq", "year", "--from", "2019", "--format", "csv").Out.ReplaceLineEndings("\n").Trim());
        var info = cli.Run("info").Console;
        Assert.Contains("retracted releases (kept for audit, counted in no answer)", info, StringComparison.Ordinal);
        Assert.Contains("│ 1  │ kosis_korea_china_monthly.csv │ 2026-11-28 09:30 UTC │ unit is thousands, not millions │", info, StringComparison.Ordinal);
        Assert.Contains("store: 2 release(s) (1 retracted), 912 record(s).", info, StringComparison.Ordinal);
        Assert.Contains("│ Rep. of Korea │ China   │ 456     │", info, StringComparison.Ordinal);
    }

    [Fact]
    public void When_releases_are_listed_and_shown_then_status_reading_and_retraction_are_there()
    {
        using var cli = NewRun();
        Ingest(cli, s_wrongUnit, "--accept-outliers");
        cli.Run("release", "retract", "1", "--reason", "wrong unit");
        Ingest(cli, s_mapping);

        var (listExit, list, _, _) = cli.Run("release", "list");
        var (showExit, show, _, _) = cli.Run("release", "show", "1");

        Assert.Equal((0, 0), (listExit, showExit));
        // Undated mapped files count from the day of the ingest: that day is their vintage.
        Assert.Contains("│ 1  │ mapped CSV │ mapped │ kosis_korea_china_monthly.csv │ 2026-11-28 │ 2026-11-28 09:30 │ 456  │ retracted 2026-11-28 │", list, StringComparison.Ordinal);
        Assert.Contains("│ 2  │ mapped CSV │ mapped │ kosis_korea_china_monthly.csv │ 2026-11-28 │ 2026-11-28 09:30 │ 456  │ live                 │", list, StringComparison.Ordinal);
        Assert.Contains("│ status              │ retracted on 2026-11-28 09:30 UTC: wrong unit", show, StringComparison.Ordinal);
        Assert.Contains("│ dataset             │ KOSIS, Korea trade by country (monthly)", show, StringComparison.Ordinal);
        Assert.Contains("│ sha256              │ fa03e5802beff6e4f6ac4c375ece565238acff75025595b00c341848ae34c3aa", show, StringComparison.Ordinal);
        Assert.Contains("│ read with format    │ mapped", show, StringComparison.Ordinal);
        Assert.Contains("│ read with mapping   │ kosis_korea_china_wrong_unit.json (sha256 ", show, StringComparison.Ordinal);
        Assert.Contains("│ read with rates     │ imf_exchange_rates_daily.csv (sha256 ", show, StringComparison.Ordinal);
        Assert.Contains("│ ingested at         │ 2026-11-28 09:30:00 UTC", show, StringComparison.Ordinal);
        Assert.Contains("│ rows read           │ 228", show, StringComparison.Ordinal);
        Assert.Contains("│ rows stored         │ 456", show, StringComparison.Ordinal);
        Assert.Contains("│ disagreeing reports │ 0", show, StringComparison.Ordinal);
        Assert.Contains("outliers accepted (--accept-outliers)", show, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_same_reading_comes_again_then_it_is_already_stored_or_refused_if_retracted()
    {
        using var cli = NewRun();
        Ingest(cli, s_wrongUnit, "--accept-outliers");
        cli.Run("release", "retract", "1");
        Ingest(cli, s_mapping);

        var same = Ingest(cli, s_mapping);
        var retracted = Ingest(cli, s_wrongUnit, "--accept-outliers");

        Assert.Equal(0, same.Exit);
        Assert.Contains("already stored (release 2)", same.Console, StringComparison.Ordinal);
        Assert.Equal(1, retracted.Exit);
        Assert.Contains("not stored: release 1 read it so and was retracted", retracted.Console, StringComparison.Ordinal);
        Assert.Equal(
            "error: kosis_korea_china_monthly.csv: the same bytes read the same way were release 1, retracted on 2026-11-28 09:30 UTC: (no reason given); "
            + "a retracted release is not stored again: read it another way (e.g. a corrected --mapping) to store a new release.",
            retracted.Error.Trim());
    }

    [Fact]
    public void When_a_correction_is_ingested_before_the_wrong_release_is_retracted_then_it_names_the_stored_figure()
    {
        using var cli = NewRun();
        Ingest(cli, s_wrongUnit, "--accept-outliers");

        var (exit, _, _, error) = Ingest(cli, s_mapping);

        Assert.Equal(1, exit);
        Assert.StartsWith(
            "error: kosis_korea_china_monthly.csv:2: Rep. of Korea's exports to China, 2001-01, all goods: US$1,239,083,000 is 1/1,000 of the US$1,239,083,000,000 release 1 holds "
            + "for the same figure (a wrong unit?); --accept-outliers stores it anyway, or retract release 1 first if it is the wrong one",
            error,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("retract", "9", "error: no release 9 in the store; 'turnover release list' shows the releases.")]
    [InlineData("show", "9", "error: no release 9 in the store; 'turnover release list' shows the releases.")]
    public void When_a_release_id_is_unknown_then_it_says_so_with_exit_code_1(string command, string id, string message)
    {
        using var cli = NewRun();
        Ingest(cli, s_mapping);

        var (exit, _, _, error) = cli.Run("release", command, id);

        Assert.Equal((1, message), (exit, error.Trim()));
    }

    [Fact]
    public void When_a_release_is_retracted_twice_then_the_second_time_says_when_it_was_and_changes_nothing()
    {
        using var cli = NewRun();
        Ingest(cli, s_mapping);
        cli.Run("release", "retract", "1", "--reason", "test");

        var (exit, _, _, error) = cli.Run("release", "retract", "1", "--reason", "again");

        Assert.Equal(1, exit);
        Assert.Equal("error: release 1 was already retracted on 2026-11-28 09:30 UTC: test; nothing changed.", error.Trim());
    }

    [Fact]
    public void When_there_is_no_store_then_release_list_says_so_and_creates_none()
    {
        using var cli = NewRun();

        var (exit, _, _, error) = cli.Run("release", "list");

        Assert.Equal(2, exit);
        Assert.StartsWith("error: no store at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.Database));
    }
}
