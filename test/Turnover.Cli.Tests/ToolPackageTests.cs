using System.Security.Cryptography;
using System.Text;

namespace Turnover.Cli.Tests;

/// <summary>
/// turnover installed as a .NET tool (README, "Install as a .NET tool") works from any folder: the bundled data
/// travels in the package, the native libraries of DuckDB and SkiaSharp load, the store probe is found beside the
/// tool, and the installed data is only read.
/// </summary>
public sealed partial class ToolPackageTests(InstalledTool tool) : IClassFixture<InstalledTool>
{
    [Fact]
    public void When_the_tool_is_packed_then_the_package_carries_the_bundled_data_and_the_store_probe()
    {
        Assert.True(File.Exists(tool.Package), $"no {tool.Package}");
        foreach (var file in new[] { "data/gacc/china_russia.csv", "data/national/us_census_usa_china_monthly.csv", "data/national/kosis_korea_china_monthly.csv", "data/fx/imf_exchange_rates_daily.csv", "data/targets.json", "turnover-store-probe.dll" })
        {
            Assert.True(File.Exists(Path.Combine(tool.InstalledFolder, file)), $"{file} is not in the installed tool");
        }
    }

    [Fact]
    public void When_the_installed_tool_runs_demo_in_an_unrelated_folder_then_it_builds_the_store_from_the_packed_data()
    {
        Assert.True(tool.Demo.Exit == 0, tool.Demo.Out + tool.Demo.Error);
        // China's customs' 2024 China–Russia turnover, and the other two pairs' files read whole.
        Assert.Contains("244.819", tool.Demo.Out, StringComparison.Ordinal);
        Assert.Contains("us_census_usa_china_monthly.csv", tool.Demo.Out, StringComparison.Ordinal);
        Assert.Contains("kosis_korea_china_monthly.csv", tool.Demo.Out, StringComparison.Ordinal);
        Assert.Contains("cn-ru-200bn-2024", tool.Demo.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(tool.WorkFolder, "turnover.duckdb")));
    }

    [Fact]
    public void When_the_installed_tool_draws_a_chart_then_SkiaSharp_writes_a_png()
    {
        var folder = CopyOfDemoStore(out var store);
        var png = Path.Combine(folder, "chart.png");

        var chart = tool.Turnover(folder, "chart", "CHN", "RUS", "--freq", "year", "--db", store, "--out", png);

        Assert.True(chart.Exit == 0, chart.Out + chart.Error);
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 10_000, $"{bytes.Length} bytes");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
    }

    [Fact]
    public void When_the_installed_tool_opens_a_store_it_did_not_write_then_its_probe_reads_it_first()
    {
        var folder = CopyOfDemoStore(out var store);
        // StoreProbe's mark: written only once turnover-store-probe read the whole file without crashing.
        var mark = Path.Combine(tool.TempFolder, "turnover-store-checks", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(store))))[..32]);
        Assert.False(File.Exists(mark));

        var info = tool.Turnover(folder, "info", "--db", store);

        Assert.True(info.Exit == 0, info.Out + info.Error);
        Assert.Contains("china_russia.csv", info.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(mark), "the store probe did not run from the installed tool");
    }

    [Fact]
    public void When_a_target_is_added_with_the_installed_tool_then_it_goes_to_the_store_and_the_installed_data_is_unchanged()
    {
        var folder = CopyOfDemoStore(out var store);
        var before = DataDigest();

        var add = tool.Turnover(
            folder, "target", "add", "cn-ru-400bn-2035", "--pair", "CHN", "RUS", "--amount", "400bn", "--deadline", "2035",
            "--by", "Test", "--on", "2024-05-16", "--source", "https://example.org/target", "--db", store);
        var list = tool.Turnover(folder, "target", "list", "--db", store);

        Assert.True(add.Exit == 0, add.Out + add.Error);
        Assert.Contains("cn-ru-400bn-2035", list.Out, StringComparison.Ordinal);
        Assert.Contains("cn-ru-200bn-2024", list.Out, StringComparison.Ordinal);
        Assert.Equal(before, DataDigest());
    }

    private string CopyOfDemoStore(out string store)
    {
        Assert.True(tool.Demo.Exit == 0, "turnover demo failed: " + tool.Demo.Error);
        var folder = Path.Combine(tool.WorkFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        store = Path.Combine(folder, "copy.duckdb");
        File.Copy(Path.Combine(tool.WorkFolder, "turnover.duckdb"), store);
        return folder;
    }

    /// <summary>Every installed data file with its SHA-256, in a stable order.</summary>
    private string DataDigest()
    {
        var data = Path.Combine(tool.InstalledFolder, "data");
        return string.Join('\n', Directory.GetFiles(data, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(data, f)} {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))}"));
    }
}
