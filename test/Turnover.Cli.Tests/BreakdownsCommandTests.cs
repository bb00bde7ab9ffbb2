using System.Text.Json;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>
/// <c>turnover ingest --include-breakdowns</c> and <c>turnover products --by</c> (issue 12) on the real Comtrade layouts
/// with parts beside their totals (fixtures/comtrade: TradeData_breakdowns.csv and HS-60a6ad.breakdowns.json, real
/// totals plus labelled test constructions that add up to them). The proof that totals are never counted twice: every
/// command that reads figures answers byte for byte as on a store of the same files without their breakdowns.
/// </summary>
public sealed class BreakdownsCommandTests
{
    private static readonly string s_csv = RepoPaths.Fixture("comtrade", "TradeData_breakdowns.csv");
    private static readonly string s_json = RepoPaths.Fixture("comtrade", "HS-60a6ad.breakdowns.json");
    private static readonly DateOnly s_today = new(2026, 12, 3);

    [Fact]
    public void When_breakdowns_are_stored_then_every_query_answers_as_on_the_totals_alone()
    {
        using var with = new CliRun(200, StoppedClock.On(s_today));
        using var without = new CliRun(200, StoppedClock.On(s_today));
        Assert.Equal(0, with.Run("ingest", s_csv, s_json, "--include-breakdowns").Exit);
        Assert.Equal(0, without.Run("ingest", s_csv, s_json).Exit);
        var article = Path.Combine(with.Folder, "article.txt");
        // A SYNTHETIC sentence stating the file's real figures (HS-60a6ad.json: 74.251 bn imports + 68.047 bn exports).
        File.WriteAllText(article, "China's trade with Germany reached $142.3 billion in 2010. China's imports from Germany were $74.25 billion in 2010.\n");
        string[] target = ["target", "add", "cn-de-test", "--pair", "CHN", "DEU", "--amount", "150bn", "--deadline", "2012", "--by", "a test", "--on", "2010-01-01", "--source", "https://example.org/test"];
        Assert.Equal(0, with.Run(target).Exit);
        Assert.Equal(0, without.Run(target).Exit);
        string[][] commands =
        [
            ["series", "CHN", "DEU", "--format", "json"],
            ["series", "CHN", "DEU", "--freq", "year"],
            ["series", "CHN", "DEU", "--flow", "imports", "--format", "json"],
            ["series", "THA", "CHN", "--format", "json"],
            ["products", "THA", "CHN", "--level", "heading", "--format", "json"],
            ["suppliers", "8542", "--importer", "THA", "--format", "json"],
            ["decompose", "THA", "CHN", "--level", "heading", "--format", "json"],
            ["mirror", "CHN", "DEU", "--format", "json"],
            ["claims", article, "--date", "2011-03-01", "--format", "json"],
            ["target", "check", "cn-de-test", "--format", "json"],
        ];

        foreach (var command in commands)
        {
            var answer = with.Run(command);
            var expected = without.Run(command);
            Assert.True(expected == answer, $"'{string.Join(' ', command)}' differs with breakdowns stored:\n{answer}\nwithout:\n{expected}");
        }

        // And the figures are the files' totals, once: 74,251,272,075 + 68,047,133,397 (not plus the 74.25 bn of parts).
        using var series = JsonDocument.Parse(with.Run("series", "CHN", "DEU", "--format", "json").Out);
        Assert.Contains("142298405472", series.RootElement.GetRawText(), StringComparison.Ordinal);
        using var products = JsonDocument.Parse(with.Run("products", "THA", "CHN", "--level", "heading", "--year", "2017", "--format", "json").Out);
        Assert.Equal(841_607_641.96m, products.RootElement.GetProperty("products")[0].GetProperty("usd").GetDecimal());
    }

    [Fact]
    public void When_products_are_asked_by_mode_of_transport_then_the_parts_are_listed_under_their_total()
    {
        using var cli = new CliRun();
        var (_, ingest, _, _) = cli.Run("ingest", s_csv, "--include-breakdowns");

        var (exit, console, _, _) = cli.Run("products", "THA", "CHN", "--year", "2017", "--level", "heading", "--by", "mot");

        Assert.Contains("TradeData_breakdowns.csv: 4 breakdown row(s) stored apart from the totals; see 'turnover products --by'.", ingest, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Contains("Thailand's 2017 figures on China by mode of transport, US$ m", console, StringComparison.Ordinal);
        var rows = console.Split('\n').Where(l => l.Contains("│ 8542", StringComparison.Ordinal) && l.Contains("imports", StringComparison.Ordinal))
            .Select(l => l.Split('│').Skip(1).SkipLast(1).Select(c => c.Trim()).ToArray()).ToList();
        Assert.Equal(
            [["imports", "8542", "1000 Air", "500.0", "59.4%"], ["imports", "8542", "2100 Sea", "341.6", "40.6%"], ["imports", "8542", "parts", "841.6", "100.0%"], ["imports", "8542", "total", "841.6", "100.0%"]],
            rows);
    }

    [Fact]
    public void When_no_part_is_stored_by_the_dimension_asked_then_the_table_says_so_plainly()
    {
        using var cli = new CliRun();
        cli.Run("ingest", s_csv);

        var (exit, console, _, _) = cli.Run("products", "THA", "CHN", "--year", "2017", "--level", "heading", "--by", "customs");

        Assert.Equal(0, exit);
        Assert.Contains(
            "No breakdown by customs procedure is stored for Thailand's 2017 figures on China at this level (Comtrade files give one when downloaded with breakdowns and ingested with --include-breakdowns).",
            Flat(console), StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_file_gives_a_part_twice_then_ingest_refuses_it_naming_file_lines_and_fields()
    {
        using var cli = new CliRun();
        var lines = File.ReadAllText(s_csv, System.Text.Encoding.Latin1).Split("\r\n");
        var file = Path.Combine(cli.Folder, "TradeData_breakdowns.csv");
        File.WriteAllBytes(file, System.Text.Encoding.Latin1.GetBytes(string.Join("\r\n", [.. lines[..^1], lines[6], string.Empty])));

        var (exit, _, _, error) = cli.Run("ingest", file, "--include-breakdowns");

        Assert.NotEqual(0, exit);
        Assert.Contains(
            "TradeData_breakdowns.csv:11: the same figure as line 7 again (Thailand's imports from China, 2017, HS 8542; customsCode C00 (TOTAL CPC), motCode 1000 (Air), partner2Code 0 (World)); a figure may appear once per file",
            Flat(error), StringComparison.Ordinal);
    }

    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s*\n\s*", " ");
}
