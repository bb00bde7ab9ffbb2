using System.Diagnostics;
using System.Globalization;

namespace Turnover.Store.ClickHouse.Tests;

/// <summary>
/// The 2-shard cluster of bench/clickhouse/up.sh (<c>turnover_2shards</c>: shard1 and shard2), started by this fixture
/// on first use into a temporary folder of its own, on this process's ports, and stopped (down.sh) and deleted when the
/// tests are done. Shard 1 is the entry server.
/// </summary>
public sealed class ClickHouseCluster : IDisposable
{
    /// <summary>The cluster's name in the generated configs' remote_servers.</summary>
    public const string Name = "turnover_2shards";

    private readonly object _gate = new();
    private string? _folder;

    /// <summary>Why no cluster can be had here; null when one can: it is always started here, so clickhouse-server must be installed.</summary>
    public static string? UnavailableReason { get; } =
        LocalServers.Installed ? null : "clickhouse-server is not installed (apt-get install -y clickhouse-server clickhouse-client): the cluster's two servers are started here";

    /// <summary>A location in the cluster (entry: shard 1), for a database of the caller's.</summary>
    public ClickHouseLocation Location(string database) =>
        new("127.0.0.1", LocalServers.Port(Folder(), "CLICKHOUSE_SHARD1_HTTP"), database) { Cluster = Name };

    /// <summary>The location of shard 2 alone (its HTTP interface), to look at its own tables.</summary>
    public ClickHouseLocation Shard2(string database) => new("127.0.0.1", LocalServers.Port(Folder(), "CLICKHOUSE_SHARD2_HTTP"), database);

    /// <summary>Kills shard 2 (SIGKILL, no shutdown): a shard going away. Its data stays.</summary>
    public void KillShard2()
    {
        var pid = int.Parse(File.ReadAllText(Path.Combine(Folder(), "shard2", "server.pid")).Trim(), CultureInfo.InvariantCulture);
        using var process = Process.GetProcessById(pid);
        process.Kill();
        process.WaitForExit(TimeSpan.FromSeconds(30));
    }

    /// <summary>Starts whatever of the cluster is not running (up.sh leaves a server that answers alone).</summary>
    public void Restart() => LocalServers.Script("up.sh", Folder(), "cluster");

    public void Dispose()
    {
        if (_folder is { } folder)
        {
            LocalServers.Script("down.sh", folder);
            Directory.Delete(folder, recursive: true);
        }
    }

    private string Folder()
    {
        lock (_gate)
        {
            if (_folder is null)
            {
                var folder = Path.Combine(Path.GetTempPath(), $"turnover-ch-cluster-tests-{Environment.ProcessId}");
                LocalServers.Script("up.sh", folder, "cluster");
                _folder = folder;
            }

            return _folder;
        }
    }
}
