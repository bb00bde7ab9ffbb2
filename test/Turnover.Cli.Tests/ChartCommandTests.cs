using System.Xml.Linq;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary><c>turnover chart</c> on the bundled China–Russia data: the picture says what it shows and where it came from.</summary>
public sealed class ChartCommandTests
{
    private static List<string> Texts(string svgPath) =>
        [.. XDocument.Load(svgPath).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];

    [Fact]
    public void When_a_target_and_a_forecast_are_asked_then_the_svg_holds_them_with_the_source_and_release()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);
        var svg = Path.Combine(cli.Folder, "chart.svg");

        var (exit, console, _, error) = cli.Run("chart", "CHN", "RUS", "--from", "2021-01", "--target", "cn-ru-200bn-2024", "--forecast", "--method", "snaive", "--as-of", "2023-06-30", "--out", svg);

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.StartsWith($"Wrote {svg} (SVG, ", console, StringComparison.Ordinal);
        var texts = Texts(svg);
        Assert.Contains("China–Russian Federation trade turnover, monthly, US$ bn, as reported by China (China's customs, GACC)", texts);
        Assert.Contains("Target cn-ru-200bn-2024: US$200 bn in 2024 (right axis)", texts);
        Assert.Contains("95% of simulated paths", texts);
        var caption = string.Join("\n", texts);
        Assert.Contains("Source: China's customs, GACC, as reported by China; as published by 2023-06-30", caption, StringComparison.Ordinal);
        Assert.Contains("Releases: china_russia.csv (#1)", caption, StringComparison.Ordinal);
        Assert.Contains("Forecast: Seasonal naive, fitted on the months through 2023-05; fan = 80% and 95% of simulated paths", caption, StringComparison.Ordinal);
        // China's customs' reports give no July 2021, nor a figure of the months before April 2021 (the chart is asked
        // from January): the line breaks there, and the caption says which months they are.
        Assert.Contains("No figure stored for: 2021-01 to 2021-03, 2021-07", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_png_is_asked_then_it_is_written_and_kept_as_the_readme_picture()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);
        var png = Path.Combine(cli.Folder, "chart.png");

        var (exit, _, _, error) = cli.Run("chart", "CHN", "RUS", "--from", "2019-01", "--target", "cn-ru-200bn-2024", "--forecast", "--as-of", "2023-06-30", "--out", png);

        Assert.Equal((0, string.Empty), (exit, error));
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        // The README shows this picture: every test run redraws it from the real data.
        var picture = Path.Combine(RepoPaths.Root, "docs", "images", "chart_china_russia.png");
        Directory.CreateDirectory(Path.GetDirectoryName(picture)!);
        File.WriteAllBytes(picture, bytes);
    }

    [Theory]
    [InlineData(new[] { "--out", "chart.jpg" }, "error: --out {out}: the file name must end in .png or .svg.")]
    [InlineData(new[] { "--target", "us-cn-phase-one", "--out", "c.svg" }, "error: the target us-cn-phase-one is not a year's value but an increment over a baseline")]
    [InlineData(new[] { "--flow", "exports", "--target", "cn-ru-200bn-2024", "--out", "c.svg" }, "error: the target cn-ru-200bn-2024 is for turnover, the chart shows exports: choose the flow the target names.")]
    [InlineData(new[] { "--target", "in-ru-30bn-2025", "--out", "c.svg" }, "error: the target in-ru-30bn-2025 is for India–Russian Federation, not China–Russian Federation.")]
    [InlineData(new[] { "--target", "no-such-target", "--out", "c.svg" }, "error: ")]
    public void When_the_chart_cannot_be_drawn_as_asked_then_it_says_why_and_writes_nothing(string[] options, string message)
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var outIndex = Array.IndexOf(options, "--out") + 1;
        var output = Path.Combine(cli.Folder, options[outIndex]);
        string[] args = [.. options];
        args[outIndex] = output;

        var (exit, _, _, error) = cli.Run(["chart", "CHN", "RUS", .. args]);

        Assert.Equal(1, exit);
        Assert.StartsWith(message.Replace("{out}", output, StringComparison.Ordinal), error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void When_the_out_path_is_a_named_pipe_then_it_is_refused_and_left_a_pipe()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);
        using var pipe = new NamedPipe(Path.Combine(cli.Folder, "chart.svg"));

        var (exit, _, _, error) = cli.Run("chart", "CHN", "RUS", "--out", pipe.Path);

        Assert.Equal(1, exit);
        Assert.Equal($"error: {pipe.Path} is a named pipe (FIFO), not a regular file: name a file to write.", error.Trim());
        Assert.True(pipe.StillAPipe());
        Assert.Empty(Directory.GetFiles(cli.Folder, "*.partial"));
    }
}
