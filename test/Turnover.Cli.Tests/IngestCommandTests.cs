using Turnover.Testing;

namespace Turnover.Cli.Tests;

public sealed class IngestCommandTests
{
    [Fact]
    public void When_a_file_is_ingested_then_the_table_counts_rows_read_and_stored()
    {
        using var cli = new CliRun();

        var (exit, console, _, _) = cli.Run("ingest", Bundled.ChinaRussia);

        Assert.Equal(0, exit);
        Assert.Matches(@"china_russia\.csv\s+│ gacc\s+│ stored \(release 1\)\s+│ 373\s+│ 244", console);
        Assert.Contains("130 repeated report of a figure", console, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_value_is_not_a_number_then_the_file_is_rejected_whole_with_file_line_and_column()
    {
        using var cli = new CliRun();
        var lines = File.ReadAllLines(Bundled.UsChina);
        lines[5] = "May 2001;abc;8,427.5;-7,240.0";
        using var bad = TempFile.WithText("us_census_usa_china_monthly.csv", string.Join('\n', lines) + "\n");

        var (exit, console, _, error) = cli.Run("ingest", bad.Path);

        Assert.Equal(1, exit);
        Assert.Contains("rejected", console, StringComparison.Ordinal);
        Assert.Contains("error: us_census_usa_china_monthly.csv:6: column 'Exports':", error, StringComparison.Ordinal);
        var (_, _, _, seriesError) = cli.Run("series", "USA", "CHN");
        Assert.StartsWith("error: no data for USA–China", seriesError, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_row_is_repeated_then_the_file_is_rejected_naming_both_lines()
    {
        using var cli = new CliRun();
        var lines = File.ReadAllLines(Bundled.KoreaChina).ToList();
        lines.Add(lines[1]);
        using var bad = TempFile.WithText("kosis_korea_china_monthly.csv", string.Join('\n', lines) + "\n");

        var (exit, _, _, error) = cli.Run("ingest", bad.Path);

        Assert.Equal(1, exit);
        Assert.Contains("kosis_korea_china_monthly.csv:230: the same figure as line 2 again", error, StringComparison.Ordinal);
        var (_, info, _, _) = cli.Run("info");
        Assert.DoesNotContain("kosis_korea", info, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_layout_is_unknown_then_auto_detection_asks_for_a_format()
    {
        using var cli = new CliRun();
        using var odd = TempFile.WithText("notes.txt", "this is not a trade table\n");

        var (exit, _, _, error) = cli.Run("ingest", odd.Path);

        Assert.Equal(1, exit);
        Assert.StartsWith("error: notes.txt: the layout was not recognised; name it with --format", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_file_does_not_exist_then_the_error_names_it()
    {
        using var cli = new CliRun();

        var (exit, _, _, error) = cli.Run("ingest", "/nonexistent/file.csv");

        Assert.Equal(1, exit);
        Assert.Equal("error: /nonexistent/file.csv: no such file.", error.Trim());
    }

    [Fact]
    public void When_the_real_comtrade_download_is_ingested_then_thailand_imports_are_stored()
    {
        using var cli = new CliRun();

        var (exit, console, _, _) = cli.Run("ingest", RepoPaths.Fixture("comtrade", "TradeData.csv"));

        Assert.Equal(0, exit);
        Assert.Matches(@"TradeData\.csv\s+│ comtrade\s+│ stored \(release 1\)\s+│ 430\s+│ 430", console);
        // The file holds HS 8542 only, no all-goods rows: one heading is not Thailand's imports from China, so no total
        // is made of it, and the error says why instead of a bare "no data".
        var (seriesExit, _, _, error) = cli.Run("series", "THA", "CHN", "--flow", "imports", "--freq", "year");
        Assert.Equal(1, seriesExit);
        Assert.Equal(
            "error: no all-goods figures for Thailand–China: the store holds only product lines (Comtrade: 4 line(s), HS4 and finer), too few to stand for the total (lines are summed into a total only from BACI, or as at least 90 HS2 chapters).",
            error.Trim());
    }
}
