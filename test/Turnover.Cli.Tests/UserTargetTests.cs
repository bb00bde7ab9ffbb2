using System.Security.Cryptography;
using System.Text.Json;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>Targets a user adds live in the store; the bundled targets file is only ever read.</summary>
public sealed class UserTargetTests
{
    private static readonly string s_bundled = RepoPaths.Data("targets.json");

    [Fact]
    public void When_a_target_is_added_then_it_goes_to_the_store_and_the_bundled_file_is_untouched()
    {
        using var cli = new CliRun();
        var before = Hash(s_bundled);

        var (addExit, addConsole, _, _) = cli.Run(Add("kr-cn-300bn-2030", "KOR", "CHN", "300bn", "2030"));
        var (listExit, list, _, _) = cli.Run("target", "list");

        Assert.Equal((0, 0), (addExit, listExit));
        Assert.Equal(before, Hash(s_bundled));
        Assert.Contains($"added kr-cn-300bn-2030 to store {cli.Database}", addConsole.ReplaceLineEndings(string.Empty), StringComparison.Ordinal);
        Assert.Matches(@"│ kr-cn-300bn-2030\s+│ KOR–CHN │", list);
        Assert.Matches(@"│ cn-ru-200bn-2024\s+│ CHN–RUS │", list);
        Assert.Contains("store", list, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_stored_target_is_checked_then_it_is_judged_like_a_bundled_one()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.KoreaChina);
        cli.Run(Add("kr-cn-test", "KOR", "CHN", "1bn", "2010", on: "2008-01-01"));

        var (exit, _, output, _) = cli.Run("target", "check", "kr-cn-test", "--as-of", "2020-01-01", "--method", "none", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("met", json.RootElement.GetProperty("checks")[0].GetProperty("reports")[0].GetProperty("verdict").GetString());
    }

    [Fact]
    public void When_a_name_is_taken_or_bundled_then_add_and_remove_refuse_and_nothing_changes()
    {
        using var cli = new CliRun();
        var before = Hash(s_bundled);
        cli.Run(Add("mine", "KOR", "CHN", "300bn", "2030"));

        var (againExit, _, _, again) = cli.Run(Add("MINE", "KOR", "CHN", "300bn", "2030"));
        var (bundledExit, _, _, bundled) = cli.Run(Add("cn-ru-200bn-2024", "CHN", "RUS", "200bn", "2030"));
        var (removeBundledExit, _, _, removeBundled) = cli.Run("target", "remove", "cn-ru-200bn-2024");
        var (removeExit, _, _, _) = cli.Run("target", "remove", "mine");
        var (removeAgainExit, _, _, removeAgain) = cli.Run("target", "remove", "mine");

        Assert.Equal((1, 1, 1, 0, 1), (againExit, bundledExit, removeBundledExit, removeExit, removeAgainExit));
        Assert.Equal($"error: a target named 'MINE' is already registered in store {cli.Database}.", again.Trim());
        Assert.Equal($"error: a target named 'cn-ru-200bn-2024' is already registered in {s_bundled}.", bundled.Trim());
        Assert.Equal($"error: 'cn-ru-200bn-2024' is registered in {s_bundled}, which turnover only reads; edit that file, or name another with --targets.", removeBundled.Trim());
        Assert.Equal($"error: no target named 'mine' in store {cli.Database} (see 'turnover target list').", removeAgain.Trim());
        Assert.Equal(before, Hash(s_bundled));
    }

    private static string[] Add(string name, string a, string b, string amount, string deadline, string on = "2025-01-01") =>
        ["target", "add", name, "--pair", a, b, "--amount", amount, "--deadline", deadline, "--by", "a test", "--on", on, "--source", "https://example.org"];

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
