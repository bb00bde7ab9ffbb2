using DuckDB.NET.Data;

namespace Turnover.Cli.Tests;

/// <summary>
/// Two users at once, as separate processes: DuckDB lets many processes read a file together, or one write it
/// alone (barring even readers meanwhile). Readers run together; a command that finds the store taken waits, says
/// what for, and answers once it is free; past --wait it fails in the user's terms with exit code 2. The lock is
/// held here by opening the store read-write in the test process.
/// </summary>
public sealed class ConcurrencyTests : IDisposable
{
    private const string AnnualCsvHeader = "period,value_usd,yoy_pct,ytd_usd,ytd_yoy_pct,rolling12_usd,rolling12_yoy_pct";
    private readonly CliRun _cli = new();

    public ConcurrencyTests() => _cli.Run("ingest", Bundled.ChinaRussia);

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void When_several_queries_run_at_once_then_every_one_answers()
    {
        var expected = _cli.Run("series", "CHN", "RUS", "--freq", "year", "--format", "csv").Out;
        var readers = Enumerable.Range(0, 3)
            .Select(i => i % 2 == 0
                ? TurnoverProcess.Start("series", "CHN", "RUS", "--freq", "year", "--format", "csv", "--db", _cli.Database)
                : TurnoverProcess.Start("info", "--db", _cli.Database))
            .ToList();

        var results = readers.Select(r => r.Finish()).ToList();
        readers.ForEach(r => r.Dispose());

        Assert.All(results, r => Assert.Equal((0, string.Empty), (r.Exit, r.Error)));
        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Equal(expected, r.Out));
        Assert.StartsWith(AnnualCsvHeader, expected, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_query_starts_while_another_process_writes_then_it_waits_and_answers()
    {
        var expected = _cli.Run("series", "CHN", "RUS", "--freq", "year", "--format", "csv").Out;
        var writer = HoldForWriting();
        using var reader = TurnoverProcess.Start("series", "CHN", "RUS", "--freq", "year", "--format", "csv", "--db", _cli.Database);

        reader.WaitForError("waiting up to 60 s");
        writer.Dispose();
        var (exit, output, error) = reader.Finish();

        Assert.Equal(0, exit);
        Assert.Equal(expected, output);
        Assert.Equal($"the store {_cli.Database} is in use by another process (PID {Environment.ProcessId}, per DuckDB); waiting up to 60 s…\n", error);
    }

    [Fact]
    public void When_a_second_writer_starts_then_it_waits_and_stores_its_file()
    {
        var writer = HoldForWriting();
        using var ingest = TurnoverProcess.Start("ingest", Bundled.UsChina, "--db", _cli.Database);

        ingest.WaitForError("waiting up to 60 s");
        writer.Dispose();
        var (exit, _, _) = ingest.Finish();

        Assert.Equal(0, exit);
        Assert.Contains("store: 2 release(s), 700 record(s).", _cli.Run("info").Console, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_store_stays_in_use_past_the_wait_then_the_command_fails_in_the_users_terms()
    {
        using var writer = HoldForWriting();
        using var reader = TurnoverProcess.Start("info", "--wait", "1", "--db", _cli.Database);

        var (exit, output, error) = reader.Finish();

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.EndsWith(
            $"error: the store {_cli.Database} is in use by another process (PID {Environment.ProcessId}, per DuckDB) and was not released within 1 s; "
            + "a command that writes (an ingest, say) holds the store until it ends, and a running 'turnover serve' until it is stopped: "
            + "try again once it is free, or wait longer with --wait SECONDS.\n",
            error,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Could not set lock", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_running_server_holds_the_store_then_another_command_is_told_the_server_holds_it_not_an_ingest()
    {
        // It said "try again once it has finished (an ingest holds the store until it ends)" to a series run while
        // 'turnover serve' (with a token, so writing) had the store, which it holds until stopped.
        var tokenFile = Path.Combine(_cli.Folder, "token");
        File.WriteAllText(tokenFile, "a-token-for-the-test\n");
        using var server = TurnoverProcess.Start("serve", "--urls", "http://127.0.0.1:0", "--token-file", tokenFile, "--db", _cli.Database);
        server.WaitForOutput("Serving");

        var (exit, _, output, error) = _cli.Run("series", "CHN", "RUS", "--wait", "0");

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains($"error: the store {_cli.Database} is in use by another process (PID ", error, StringComparison.Ordinal);
        Assert.EndsWith(
            ", per DuckDB: 'turnover serve'); a running 'turnover serve' holds the store until it is stopped: stop the server (Ctrl+C) and run the command again, "
            + "or ask the server over its HTTP API.\n",
            error.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
        Assert.DoesNotContain("ingest", error, StringComparison.Ordinal);
    }

    // Another process's ingest, as DuckDB sees it: the file opened read-write, which takes DuckDB's lock.
    private DuckDBConnection HoldForWriting()
    {
        var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = _cli.Database }.ConnectionString);
        connection.Open();
        return connection;
    }
}
