using Spectre.Console.Testing;

namespace Turnover.Cli.Tests;

/// <summary><c>--store</c>: a DuckDB file or a ClickHouse URL, and the errors for a malformed URL or a server that does not answer.</summary>
public sealed class StoreLocationTests
{
    [Fact]
    public void When_store_names_a_duckdb_file_then_it_is_used_as_db_would_be()
    {
        using var cli = new CliRun();

        var (ingest, _, _) = Run("ingest", Bundled.ChinaRussia, "--store", cli.Database);
        var (info, console, _) = Run("info", "--store", cli.Database);

        Assert.Equal((0, 0), (ingest, info));
        Assert.Contains("store: 1 release(s), 244 record(s).", console, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clickhouse://127.0.0.1:28100", "names no database")]
    [InlineData("clickhouse://127.0.0.1:28100/a-b", "should be letters, digits and underscores")]
    [InlineData("clickhouse://127.0.0.1:port/t", "is not a ClickHouse store URL")]
    public void When_a_clickhouse_url_is_malformed_then_it_is_a_usage_error_saying_what_is_wrong(string url, string says)
    {
        var (exit, _, error) = Run("series", "CHN", "RUS", "--store", url);

        Assert.Equal(1, exit);
        Assert.Contains(says, error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_no_clickhouse_server_answers_then_the_command_says_so()
    {
        // Port 1 (tcpmux) is never served here.
        var (exit, _, error) = Run("info", "--store", "clickhouse://127.0.0.1:1/turnover");

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ClickHouse at clickhouse://127.0.0.1:1/turnover does not answer", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_store_and_db_are_both_given_then_the_command_refuses()
    {
        var (exit, _, error) = Run("info", "--store", "a.duckdb", "--db", "b.duckdb");

        Assert.Equal(1, exit);
        Assert.Contains("give --store or --db, not both", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_command_works_on_duckdb_only_then_a_clickhouse_store_is_refused()
    {
        var (exit, _, error) = Run("store", "vacuum", "--store", "clickhouse://127.0.0.1:1/turnover");

        Assert.Equal(1, exit);
        Assert.Contains("turnover store vacuum works on a DuckDB store only", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Console, string Error) Run(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var error = new StringWriter();
        var exit = TurnoverCli.Run(args, new CliEnvironment(console, new StringWriter(), error, TimeProvider.System));
        return (exit, console.Output, error.ToString());
    }
}
