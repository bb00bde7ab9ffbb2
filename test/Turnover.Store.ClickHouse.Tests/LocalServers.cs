using System.Diagnostics;
using System.Globalization;
using Turnover.Testing;

namespace Turnover.Store.ClickHouse.Tests;

/// <summary>Local ClickHouse servers for the fixtures, started and stopped with bench/clickhouse/up.sh and down.sh.</summary>
internal static class LocalServers
{
    /// <summary>On the PATH, or where Debian installs it (/usr/sbin, which a user's PATH may lack; up.sh looks there too).</summary>
    public static bool Installed { get; } =
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Append("/usr/sbin")
            .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, "clickhouse-server")));

    /// <summary>
    /// Ports of this process's own (up.sh refuses a port another server holds): 29000-31970 in steps of 30; the single
    /// server takes base+0 to +2, the cluster's shards +10 to +22 (bench/clickhouse/common.sh), so both fit one base.
    /// </summary>
    public static int PortBase => 29000 + (Environment.ProcessId % 100 * 30);

    /// <summary>A port up.sh wrote to <c>FOLDER/ports.env</c>, e.g. <c>CLICKHOUSE_SHARD1_HTTP</c>.</summary>
    public static int Port(string folder, string name) => File.ReadAllLines(Path.Combine(folder, "ports.env"))
        .Where(l => l.StartsWith(name + "=", StringComparison.Ordinal))
        .Select(l => int.Parse(l.Split('=')[1], CultureInfo.InvariantCulture))
        .Single();

    public static void Script(string name, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(RepoPaths.Root, "bench", "clickhouse", name))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CLICKHOUSE_PORT_BASE"] = PortBase.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"bench/clickhouse/{name} {string.Join(' ', arguments)} failed: {output.Result}{error.Result}");
        }
    }
}
