using System.Globalization;

namespace Turnover.Cli.Tests;

/// <summary><c>turnover export</c> (issue 13): the file, the summary read back from it, and the refusals, end to end.</summary>
public sealed class ExportCommandTests
{
    private static string Prose(string console) => System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " ");

    [Fact]
    public void When_a_pair_is_exported_as_csv_then_the_file_holds_its_figures_and_the_summary_says_what_and_whence()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.UsChina);
        var path = Path.Combine(cli.Folder, "usa_chn.csv");

        var (exit, console, _, error) = cli.Run("export", "--pair", "USA", "CHN", "--from", "2010", "--to", "2011", "--out", path);

        Assert.Equal((0, string.Empty), (exit, error));
        var lines = File.ReadAllLines(path);
        // Two years of months, exports and imports, each a line of the census table.
        Assert.Equal(1 + (2 * 12 * 2), lines.Length);
        var census = File.ReadAllLines(Bundled.UsChina);
        var january2010 = Array.FindIndex(census, l => l.StartsWith("January 2010;", StringComparison.Ordinal));
        var exports = decimal.Parse(census[january2010].Split(';')[1], NumberStyles.Number, CultureInfo.InvariantCulture) * 1_000_000m;
        Assert.Contains(lines, l => l.StartsWith("UsCensus,USA,842,", StringComparison.Ordinal) && l.Contains(",export,2010-01,", StringComparison.Ordinal)
            && l.Contains(string.Create(CultureInfo.InvariantCulture, $",{exports:0.00},"), StringComparison.Ordinal)
            && l.EndsWith(string.Create(CultureInfo.InvariantCulture, $",{january2010 + 1}"), StringComparison.Ordinal));
        var prose = Prose(console);
        Assert.Contains($"Wrote 48 records to {path} (CSV, ", prose, StringComparison.Ordinal);
        Assert.Contains("Figures: the latest revision of each figure, everything stored, as published (no total summed here).", prose, StringComparison.Ordinal);
        Assert.Contains("Pairs: USA–China, both directions, both sides' statistics (1 reporter-partner pair written).", prose, StringComparison.Ordinal);
        Assert.Contains("Years: 2010–2011.", prose, StringComparison.Ordinal);
        Assert.Contains("Releases: 1 (each row names its release, file and line;", prose, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_readme_shows_the_first_lines_of_an_export_then_they_are_what_the_command_writes()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia, Bundled.RussiaChina);
        var path = Path.Combine(cli.Folder, "chn_rus.csv");
        var readme = File.ReadAllText(Path.Combine(Turnover.Testing.RepoPaths.Root, "README.md"));
        var block = readme[(readme.IndexOf("```csv\n", StringComparison.Ordinal) + 7)..];
        var shown = block[..block.IndexOf("```", StringComparison.Ordinal)].TrimEnd('\n').Split('\n');

        var (exit, _, _, _) = cli.Run("export", "--pair", "CHN", "RUS", "--from", "2022", "--to", "2023", "--out", path);

        Assert.Equal(0, exit);
        Assert.Equal(3, shown.Length);
        Assert.Equal(shown, File.ReadLines(path).Take(3));
    }

    [Fact]
    public void When_every_pair_is_exported_as_parquet_then_a_parquet_file_is_written()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia, Bundled.UsChina);
        var path = Path.Combine(cli.Folder, "all.parquet");

        var (exit, console, _, _) = cli.Run("export", "--out", path, "--every-revision");

        Assert.Equal(0, exit);
        using var file = File.OpenRead(path);
        var magic = new byte[4];
        file.ReadExactly(magic);
        Assert.Equal("PAR1"u8.ToArray(), magic);
        Assert.Contains("every revision of each figure, everything stored", Prose(console), StringComparison.Ordinal);
        Assert.Contains("Releases: 1, 2 (", Prose(console), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--pair CHN RUS --from 1990 --to 1991", "no stored record matches the export (China–Russian Federation, 1990 to 1991): no file was written")]
    [InlineData("--pair CHN RUS --from 2023 --to 2013", "the first year 2023 is after the last 2013")]
    [InlineData("--pair CHN", "--pair takes two countries separated by a space, e.g. --pair CHN RUS (got 'CHN').")]
    [InlineData("--pair CHN,RUS", "--pair takes two countries separated by a space, e.g. --pair CHN RUS (got 'CHN,RUS').")]
    [InlineData("--format xlsx", "xlsx")]
    public void When_the_export_cannot_be_made_then_it_says_why_and_writes_nothing(string args, string message)
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);
        var path = Path.Combine(cli.Folder, "out.parquet");

        var (exit, console, _, error) = cli.Run(["export", .. args.Split(' '), "--out", path]);

        Assert.NotEqual(0, exit);
        Assert.Contains(message, Prose(console + error), StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(cli.Folder, "*.partial", SearchOption.TopDirectoryOnly));
    }

    [Fact]
    public void When_the_folder_does_not_exist_then_the_path_is_named()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.UsChina);
        var path = Path.Combine(cli.Folder, "missing", "x.csv");

        var (exit, console, _, error) = cli.Run("export", "--out", path);

        Assert.Equal(1, exit);
        Assert.Contains($"the folder of {path} does not exist.", Prose(console + error), StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_out_path_is_a_symbolic_link_then_its_target_is_replaced_and_the_link_kept()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.UsChina);
        var real = Path.Combine(cli.Folder, "real.csv");
        File.WriteAllText(real, "an older export\n");
        var link = Path.Combine(cli.Folder, "link.csv");
        File.CreateSymbolicLink(link, "real.csv");

        var (exit, _, _, error) = cli.Run("export", "--out", link);

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Equal("real.csv", new FileInfo(link).LinkTarget);
        Assert.StartsWith("source,reporter,", File.ReadAllText(real), StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_out_path_is_a_named_pipe_then_it_is_refused_and_left_a_pipe()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.UsChina);
        using var pipe = new NamedPipe(Path.Combine(cli.Folder, "out.csv"));

        var (exit, console, _, error) = cli.Run("export", "--out", pipe.Path);

        Assert.Equal(1, exit);
        Assert.Contains($"{pipe.Path} is a named pipe (FIFO), not a regular file: name a file to write.", Prose(console + error), StringComparison.Ordinal);
        Assert.True(pipe.StillAPipe());
    }
}
