using System.Globalization;

namespace Turnover.Store.ClickHouse.Tests;

/// <summary>
/// A ClickHouse server for the tests: the one <see cref="Variable"/> names (<c>host:port</c> of its HTTP interface),
/// else a local one this fixture starts on first use with bench/clickhouse/up.sh into a temporary folder, on ports of
/// its own, and stops (down.sh) and deletes when the test class is done.
/// </summary>
public sealed class ClickHouseServer : IDisposable
{
    /// <summary>Names a running server to use instead of starting one: <c>host:port</c> (HTTP).</summary>
    public const string Variable = "TURNOVER_TEST_CLICKHOUSE";

    private readonly object _gate = new();
    private string? _folder;
    private (string Host, int Port)? _address;

    /// <summary>The server the variable names, if any.</summary>
    public static string? Given => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? given : null;

    /// <summary>Why no server can be had here; null when one can. Debian installs the server in /usr/sbin, which root's and CI's PATH hold.</summary>
    public static string? UnavailableReason { get; } =
        Given is not null || LocalServers.Installed
            ? null
            : $"clickhouse-server is not installed (apt-get install -y clickhouse-server clickhouse-client) and {Variable} is not set";

    /// <summary>A location in this server, for a database of the caller's.</summary>
    public ClickHouseLocation Location(string database)
    {
        var (host, port) = Address();
        return new ClickHouseLocation(host, port, database);
    }

    /// <summary>Stops the server this fixture started (its data stays): a server going away.</summary>
    public void Stop() => LocalServers.Script("down.sh", _folder ?? throw new InvalidOperationException("no server of this fixture is running"));

    /// <summary>Starts it again after <see cref="Stop"/>, on the same ports and data.</summary>
    public void Restart() => LocalServers.Script("up.sh", _folder ?? throw new InvalidOperationException("no server of this fixture was started"), "single");

    public void Dispose()
    {
        if (_folder is { } folder)
        {
            LocalServers.Script("down.sh", folder);
            Directory.Delete(folder, recursive: true);
        }
    }

    private (string Host, int Port) Address()
    {
        lock (_gate)
        {
            return _address ??= Given is { } given ? Parse(given) : Start();
        }
    }

    private (string Host, int Port) Start()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"turnover-ch-tests-{Environment.ProcessId}");
        LocalServers.Script("up.sh", _folder, "single");
        return ("127.0.0.1", LocalServers.Port(_folder, "CLICKHOUSE_SINGLE_HTTP"));
    }

    private static (string Host, int Port) Parse(string given)
    {
        var parts = given.Split(':');
        return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            ? (parts[0], port)
            : throw new InvalidOperationException($"{Variable}='{given}' should be host:port (the server's HTTP interface).");
    }

}
