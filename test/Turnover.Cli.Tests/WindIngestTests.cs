using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>Issue 12: the Wind exports of China's fossil-fuel imports by origin are stored as product lines beside GACC's totals.</summary>
public sealed class WindIngestTests
{
    private static readonly string s_byOrigin = RepoPaths.Data("products", "crea_china_customs_fossil_imports_by_origin_monthly_1993-2022-11.csv");

    [Fact]
    public void When_the_Wind_export_is_ingested_then_it_is_stored_and_the_pair_totals_are_unchanged()
    {
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("ingest", Bundled.ChinaRussia).Exit);
        var before = cli.Run("series", "CHN", "RUS", "--flow", "imports", "--freq", "year");
        Assert.Equal(0, before.Exit);

        var (exit, console, _, error) = cli.Run("ingest", s_byOrigin);

        Assert.True(exit == 0, error);
        Assert.Matches(@"crea_china_customs_fossil_imports_by_origin_monthly_1993-2022-11\.csv\s+│ wind\s+│ stored \(release 2\)", console);
        // Crude, LNG and pipeline-gas lines (HS4/HS6) of one customs source never stand for the pair's all-goods total.
        var after = cli.Run("series", "CHN", "RUS", "--flow", "imports", "--freq", "year");
        Assert.Equal(before.Out, after.Out);
        Assert.Equal(before.Console, after.Console);
    }

    [Fact]
    public void When_the_release_is_shown_then_each_reason_rows_were_left_out_is_a_line_of_its_own()
    {
        using var cli = new CliRun(200, TimeProvider.System);
        Assert.Equal(0, cli.Run("ingest", s_byOrigin, "--format", "wind").Exit);

        var (exit, show, _, _) = cli.Run("release", "show", "1");

        Assert.Equal(0, exit);
        // The break between reasons was escaped as a control character of the file's text: one line reading "…\n…".
        Assert.DoesNotContain("\\n", show, StringComparison.Ordinal);
        Assert.Contains("│ left out            │ 729 Wind product 'Anthracite Coal' (a part of HS 2701, not published as exactly HS 270111): not stored", show, StringComparison.Ordinal);
        Assert.Contains("│                     │ 323 Wind product 'Coal and Lignite' (HS 2701 and 2702 together, no single HS line): not stored", show, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void When_both_Wind_exports_are_ingested_in_either_order_then_the_later_updated_figures_count_from_their_day(bool russiaFirst)
    {
        // The export by origin says its series were updated by 2022-12-30, the export for Russia by 2023-03-22; they
        // share 600 figures, 48 with other values: Russia's coal of June 2019 is US$26,442,755 in the first (a glitch
        // the data's notes point out: 2.98 Mt) and US$264,745,304 in the second.
        var russia = RepoPaths.Data("products", "crea_china_customs_fossil_imports_from_russia_monthly_1995-2023-02.csv");
        using var cli = new CliRun(200, TimeProvider.System);
        Assert.Equal(0, cli.Run(["ingest", .. russiaFirst ? new[] { russia, s_byOrigin } : [s_byOrigin, russia]]).Exit);

        string? Coal(string? asOf)
        {
            using var file = TempFile.WithText("export.csv", string.Empty);
            string[] args = ["export", "--out", file.Path, "--pair", "CHN", "RUS", "--from", "2019", "--to", "2019"];
            Assert.Equal(0, cli.Run(asOf is null ? args : [.. args, "--as-of", asOf]).Exit);
            return File.ReadAllLines(file.Path).SingleOrDefault(l => l.Contains(",2019-06,", StringComparison.Ordinal) && l.Contains(",2701,", StringComparison.Ordinal))?.Split(',')[15];
        }

        Assert.Equal(("26442755.00", "264745304.00", "264745304.00"), (Coal("2023-03-21"), Coal("2023-03-22"), Coal(null)));
        var show = cli.Run("release", "show", russiaFirst ? "1" : "2").Console;
        Assert.Contains("│ updated (file says) │ 2023-03-22", show, StringComparison.Ordinal);
        Assert.Contains("600 figure(s)", show, StringComparison.Ordinal);
    }

    [Fact]
    public void When_only_the_Wind_export_is_stored_then_the_pair_has_no_total_and_says_it_holds_product_lines()
    {
        using var cli = new CliRun();

        Assert.Equal(0, cli.Run("ingest", s_byOrigin, "--format", "wind").Exit);

        var (exit, _, _, error) = cli.Run("series", "CHN", "RUS", "--flow", "imports");
        Assert.NotEqual(0, exit);
        Assert.StartsWith("error: no all-goods figures for China–Russia", error, StringComparison.Ordinal);
        Assert.Contains("the store holds only product lines (Gacc: ", error, StringComparison.Ordinal);
        Assert.Contains("HS4 and finer", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_Wind_cell_is_damaged_then_the_file_is_rejected_whole_naming_file_line_and_column()
    {
        using var cli = new CliRun();
        var lines = File.ReadAllText(s_byOrigin).Split('\n');
        var cells = lines[343].Split(',');
        Assert.Equal("2021-01", cells[0]);
        cells[53] = "n/a";
        lines[343] = string.Join(',', cells);
        using var bad = TempFile.WithText("crea_china_customs_fossil_imports_by_origin_monthly_1993-2022-11.csv", string.Join('\n', lines));

        var (exit, _, _, error) = cli.Run("ingest", bad.Path);

        Assert.Equal(1, exit);
        Assert.Contains("error: crea_china_customs_fossil_imports_by_origin_monthly_1993-2022-11.csv:344: column '54': series 'Value of Imports: Crude Oil: Russian Federation':", error, StringComparison.Ordinal);
        var (_, info, _, _) = cli.Run("info");
        Assert.DoesNotContain("crea_china", info, StringComparison.Ordinal);
    }
}
