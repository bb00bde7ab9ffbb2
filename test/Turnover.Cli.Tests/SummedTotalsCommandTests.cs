using System.Globalization;
using System.Text.Json;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>
/// Sources that publish product lines only (CEPII BACI; Comtrade downloads by HS chapter): ingest the real file, then
/// <c>series</c> gives the pair's totals summed from the lines and says so. Expected sums come from the raw files.
/// </summary>
public sealed class SummedTotalsCommandTests
{
    private static readonly string s_baci = RepoPaths.Fixture("baci", "BACI_HS92_Y2021_V202301.csv");
    private static readonly string s_comtrade = RepoPaths.Fixture("comtrade", "comtrade.csv");

    [Fact]
    public void When_a_baci_file_is_ingested_then_series_gives_each_sides_totals_summed_from_its_lines()
    {
        using var cli = new CliRun();
        // Afghanistan (BACI code 4) to China (156): the fixture's rows i=4, j=156.
        var expected = RawSum(s_baci, l => l[1] == "4" && l[2] == "156", l => l[4], 1000m);

        var (ingestExit, _, _, _) = cli.Run("ingest", s_baci);
        var (exit, _, exports, _) = cli.Run("series", "AFG", "CHN", "--flow", "exports", "--format", "csv");
        var (_, _, imports, _) = cli.Run("series", "CHN", "AFG", "--flow", "imports", "--source", "baci", "--format", "json");
        var (_, table, _, _) = cli.Run("series", "Afghanistan", "China", "--flow", "exports");
        var (_, info, _, _) = cli.Run("info");

        Assert.Equal((0, 0), (ingestExit, exit));
        // BACI has years only, so the default frequency is the year.
        Assert.Equal(["period,value_usd,yoy_pct,ytd_usd,ytd_yoy_pct,rolling12_usd,rolling12_yoy_pct,yoy_pub_pct,ytd_yoy_pub_pct,derived", $"2021,{Raw(expected.Usd)},,,,,,,,lines"], Lines(exports));
        using var json = JsonDocument.Parse(imports);
        Assert.Equal(expected.Usd, json.RootElement.GetProperty("rows")[0].GetProperty("valueUsd").GetDecimal());
        Assert.True(json.RootElement.GetProperty("rows")[0].GetProperty("summed").GetBoolean());
        var summed = Assert.Single(json.RootElement.GetProperty("provenance").GetProperty("summedTotals").EnumerateArray());
        Assert.Equal(("imports", expected.Lines, "HS6"), (summed.GetProperty("flow").GetString(), summed.GetProperty("lines").GetInt32(), summed.GetProperty("level").GetString()));
        Assert.Contains("Afghanistan's exports to China, annual, US$ bn, CEPII BACI (reconciled from both sides' declarations)", table, StringComparison.Ordinal);
        Assert.Contains($"exports 2021 from {expected.Lines} HS6 lines.", table, StringComparison.Ordinal);
        Assert.Matches($@"│ CEPII BACI\s+│ Afghanistan\s+│ China\s+│ 1\s+│.*│ summed from {expected.Lines} HS6 lines", info);
        Assert.Contains("CEPII BACI is one reconciled estimate per flow", info, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_comtrade_download_by_chapter_is_ingested_then_series_sums_the_chapters()
    {
        using var cli = new CliRun();
        // Legacy Comtrade flow codes: 1 Import, 2 Export. Two values were saved by a spreadsheet as 1.12339E+11.
        var exports = RawSum(s_comtrade, l => l[2] == "2", l => l[10], 1m);
        var imports = RawSum(s_comtrade, l => l[2] == "1", l => l[10], 1m);

        cli.Run("ingest", s_comtrade);
        var (exit, _, csv, _) = cli.Run("series", "USA", "CHN", "--flow", "balance", "--format", "csv");
        var (_, info, _, _) = cli.Run("info");

        Assert.Equal(0, exit);
        Assert.Equal((97, 97), (exports.Lines, imports.Lines));
        Assert.StartsWith($"2017,{Raw(exports.Usd - imports.Usd)},", Lines(csv)[1], StringComparison.Ordinal);
        // Imports, exports and re-exports, 97 + 97 + 96 chapters.
        Assert.Contains("summed from 290 HS2 lines", info, StringComparison.Ordinal);
    }

    [Fact]
    public void When_only_baci_holds_a_pair_then_a_target_is_judged_once_on_it_with_no_gap()
    {
        using var cli = new CliRun();
        using var targets = TempFile.WithText("targets.json", """{ "targets": [] }""");
        // ARTIFICIAL values (a constructed BACI file): the real fixture holds one direction only.
        using var baci = TempFile.WithText("baci_artificial.csv", "t,i,j,k,v,q\n2021,4,156,080420,1000,1\n2021,156,4,080420,2000,1\n");
        cli.Run("ingest", baci.Path, "--format", "baci");
        cli.Run(
            "target", "add", "af-cn-test", "--pair", "AFG", "CHN", "--metric", "turnover", "--amount", "1bn", "--basis", "annual",
            "--deadline", "2021", "--by", "test", "--on", "2020-01-01", "--source", "https://example.org", "--targets", targets.Path);

        var (exit, _, output, _) = cli.Run("target", "check", "af-cn-test", "--as-of", "2024-01-01", "--targets", targets.Path, "--method", "none", "--format", "json");
        var (_, console, _, _) = cli.Run("target", "check", "af-cn-test", "--as-of", "2024-01-01", "--targets", targets.Path, "--method", "none");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var check = Assert.Single(json.RootElement.GetProperty("checks").EnumerateArray());
        var report = Assert.Single(check.GetProperty("reports").EnumerateArray());
        Assert.Equal(("AFG", "Baci", 3_000_000m), (report.GetProperty("reporter").GetProperty("iso3").GetString(), report.GetProperty("source").GetProperty("code").GetString(), report.GetProperty("latestYear").GetProperty("valueUsd").GetDecimal()));
        Assert.Empty(check.GetProperty("gaps").EnumerateArray());
        Assert.Contains("on CEPII BACI's reconciled figures", console, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_side_reports_its_own_figures_then_series_prefers_them_to_baci_and_offers_baci()
    {
        using var cli = new CliRun();
        // ARTIFICIAL values: a constructed BACI file and a constructed Chinese table, for the choice between them only.
        using var baci = TempFile.WithText("baci_artificial.csv", "t,i,j,k,v,q\n2020,4,156,080420,1000,1\n2021,4,156,080420,1000,1\n2021,156,4,080420,2000,1\n");
        using var chinaSide = TempFile.WithText("china_imports_from_afghanistan.csv", "Year,Imports\n2021,5\n");
        using var mapping = TempFile.WithText("china_side.json", """
            { "period": { "column": "Year", "format": "yyyy" }, "values": { "Import": "Imports" }, "unit": "millions",
              "currency": "USD", "reporter": "CHN", "partner": "AFG" }
            """);
        cli.Run("ingest", baci.Path, "--format", "baci");
        cli.Run("ingest", chinaSide.Path, "--format", "mapped", "--mapping", mapping.Path);

        var (exit, table, _, _) = cli.Run("series", "AFG", "CHN", "--freq", "year", "--flow", "imports");

        Assert.Equal(0, exit);
        Assert.Contains("China's imports from Afghanistan, annual, US$ bn, as reported by China (mapped CSV)", table, StringComparison.Ordinal);
        Assert.Contains("Also stored: CEPII BACI's reconciled figures for the pair (--source Baci).", table, StringComparison.Ordinal);
    }

    // As the CSV writes values: no trailing zeros.
    private static string Raw(decimal usd) => usd.ToString("0.########", CultureInfo.InvariantCulture);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    // Sums a column of a CSV over the rows a filter keeps, straight from the text, times a scale (BACI's v is in thousands).
    private static (decimal Usd, int Lines) RawSum(string path, Func<string[], bool> keep, Func<string[], string> value, decimal scale)
    {
        var rows = File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(Fields).Where(keep).ToList();
        return (rows.Sum(r => decimal.Parse(value(r), NumberStyles.Float, CultureInfo.InvariantCulture) * scale), rows.Count);
    }

    // A minimal CSV split honouring double quotes (Comtrade commodity names contain commas).
    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line.TrimEnd('\r'))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString().Trim());
        return [.. fields];
    }
}
