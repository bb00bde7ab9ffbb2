using System.Diagnostics;
using DuckDB.NET.Data;

namespace Turnover.Benchmarks;

/// <summary>End-to-end ingest versus DuckDB's own CSV reader on the same file, each in a fresh database.</summary>
internal static class IngestBench
{
    public static int RunIngest(string path, string db)
    {
        DeleteDatabase(db);
        var clock = Stopwatch.StartNew();
        var exit = Turnover.Cli.TurnoverCli.Run(["ingest", path, "--format", "baci", "--db", db], Turnover.Cli.CliEnvironment.Plain());
        clock.Stop();
        Console.WriteLine($"turnover ingest: {clock.Elapsed.TotalSeconds:F2} s wall (exit {exit}), peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB");
        return exit;
    }

    public static int RunDuckDbReadCsv(string path, string db)
    {
        DeleteDatabase(db);
        using var connection = new DuckDBConnection($"DataSource={db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TABLE baci AS SELECT * FROM read_csv('{path.Replace("'", "''", StringComparison.Ordinal)}')";
        var clock = Stopwatch.StartNew();
        command.ExecuteNonQuery();
        clock.Stop();
        Console.WriteLine($"duckdb read_csv: {clock.Elapsed.TotalSeconds:F2} s wall, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB");
        return 0;
    }

    private static void DeleteDatabase(string db)
    {
        File.Delete(db);
        File.Delete(db + ".wal");
    }
}
