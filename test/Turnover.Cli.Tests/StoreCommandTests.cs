using System.Security.Cryptography;
using DuckDB.NET.Data;
using Spectre.Console.Testing;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>How commands open the store: queries read-only and never creating one, --db taken as a file name, the clock injected, and <c>store vacuum</c>.</summary>
public sealed class StoreCommandTests
{
    [Fact]
    public void When_a_query_names_a_store_that_does_not_exist_then_it_says_so_and_creates_nothing()
    {
        using var cli = new CliRun();

        var (exit, _, _, error) = cli.Run("series", "CHN", "RUS");

        Assert.Equal(2, exit);
        Assert.Equal($"error: no store at {cli.Database}; run 'turnover ingest' or 'turnover demo' first.", error.Trim());
        Assert.False(File.Exists(cli.Database));
    }

    [Fact]
    public void When_queries_run_then_the_store_file_is_unchanged()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);
        var before = Sha256(cli.Database);

        Assert.Equal(0, cli.Run("series", "CHN", "RUS", "--freq", "year").Exit);
        Assert.Equal(0, cli.Run("info").Exit);
        Assert.Equal(0, cli.Run("target", "check", "cn-ru-200bn-2024", "--as-of", "2022-12-30", "--paths", "50").Exit);

        Assert.Equal(before, Sha256(cli.Database));
    }

    [Fact]
    public void When_db_holds_a_semicolon_then_it_names_the_file_and_applies_no_setting()
    {
        using var cli = new CliRun();
        var db = Path.Combine(cli.Folder, "x.duckdb;memory_limit=1MB");

        var (exit, _, _) = Run("ingest", Bundled.ChinaRussia, "--db", db);
        var (queryExit, console, _) = Run("info", "--db", db);

        Assert.Equal((0, 0), (exit, queryExit));
        Assert.True(File.Exists(db));
        Assert.False(File.Exists(Path.Combine(cli.Folder, "x.duckdb")));
        Assert.Contains("store: 1 release(s), 244 record(s).", console, StringComparison.Ordinal);
        using var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = db, ["access_mode"] = "READ_ONLY" }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT current_setting('memory_limit')";
        Assert.NotEqual("1.0 MiB", command.ExecuteScalar());
    }

    [Fact]
    public void When_the_clock_is_fixed_then_a_release_is_stamped_with_its_time()
    {
        using var cli = new CliRun(200, FixedClock.On(new DateOnly(2025, 3, 14)));

        cli.Run("ingest", Bundled.ChinaRussia);

        using var store = TradeStore.Open(cli.Database, new TradeStoreOptions { ReadOnly = true });
        Assert.Equal(new DateTime(2025, 3, 14, 12, 0, 0), Assert.Single(store.Releases()).IngestedAt);
    }

    [Fact]
    public void When_records_have_no_release_then_info_reports_them_and_store_vacuum_removes_them()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);
        Orphan(cli.Database);

        var (_, dangling, _, _) = cli.Run("info");
        var (exit, vacuumed, _, _) = cli.Run("store", "vacuum");
        var (_, after, _, _) = cli.Run("info");

        Assert.Contains("store: 1 release(s), 244 record(s).", dangling, StringComparison.Ordinal);
        Assert.Contains("dangling: 244 record(s) without their release, left by an interrupted ingest", dangling, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Contains($"{cli.Database}: removed 244 dangling record(s);", vacuumed, StringComparison.Ordinal);
        Assert.Contains("store: 1 release(s), 244 record(s).", after, StringComparison.Ordinal);
        Assert.DoesNotContain("dangling", after, StringComparison.Ordinal);
    }

    [Fact]
    public void When_an_ingest_opens_a_store_with_dangling_records_then_it_removes_them_and_says_so()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);
        Orphan(cli.Database);

        var (exit, _, _, error) = cli.Run("ingest", Bundled.UsChina);

        Assert.Equal(0, exit);
        Assert.Contains("note: removed 244 records an interrupted ingest had left without their release", error, StringComparison.Ordinal);
        Assert.Contains("store: 2 release(s), 700 record(s).", cli.Run("info").Console, StringComparison.Ordinal);
    }

    [Fact]
    public void When_vacuum_names_no_store_then_it_says_so()
    {
        using var cli = new CliRun();

        var (exit, _, _, error) = cli.Run("store", "vacuum");

        Assert.Equal(2, exit);
        Assert.Equal($"error: no store at {cli.Database}.", error.Trim());
    }

    [Fact]
    public void When_wait_is_negative_then_the_argument_is_refused()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, _, _, error) = cli.Run("info", "--wait", "-1");

        Assert.Equal(1, exit);
        Assert.Equal("error: --wait -1 should be 0 or more seconds.", error.Trim());
    }

    // Copies the stored records under a release id that has no release row: what an ingest killed at its commit left.
    private static void Orphan(string path)
    {
        using var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = path }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO records SELECT 100, key, value_usd, quantity, detail, published, source_line FROM records";
        command.ExecuteNonQuery();
    }

    private static (int Exit, string Console, string Error) Run(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var error = new StringWriter();
        var exit = TurnoverCli.Run(args, new CliEnvironment(console, new StringWriter(), error, TimeProvider.System));
        return (exit, console.Output, error.ToString());
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
