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
        Assert.Contains("kosis_korea_china_monthly.csv:230: duplicate key, same as line 2", error, StringComparison.Ordinal);
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
        // The file holds HS 8542 only, no all-goods rows: the "total" is the sum of what was stored, one heading, and
        // the note under the table says so (one HS4 line) rather than passing it off as Thailand's imports from China.
        var (seriesExit, table, _, _) = cli.Run("series", "THA", "CHN", "--flow", "imports", "--freq", "year");
        Assert.Equal(0, seriesExit);
        Assert.Matches(@"│ 2017\s+│\s+0\.842 │", table);
        Assert.Contains("imports 2014 to 2017, 4 periods, from 1 HS4 line each", table, StringComparison.Ordinal);
        Assert.Contains("a total only if every product was ingested", table, StringComparison.Ordinal);
    }
}
