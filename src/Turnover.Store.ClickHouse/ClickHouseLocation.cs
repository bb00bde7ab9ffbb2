using System.Globalization;

namespace Turnover.Store.ClickHouse;

/// <summary>
/// Where a ClickHouse store is: <c>clickhouse://host:port/database</c>, the server's HTTP interface (port 8123 by
/// default; the local test servers of bench/clickhouse use 28100). The database holds the store's tables and is
/// created on the first writable open. <c>?cluster=NAME</c> shards the records over a cluster of the server's
/// <c>remote_servers</c> (docs/clickhouse.md, "A sharded cluster"): the server named is then the entry server, one of
/// the cluster's shards, that queries and the store's small tables go to.
/// </summary>
/// <param name="Host">Host name or address.</param>
/// <param name="Port">HTTP port.</param>
/// <param name="Database">Database name: letters, digits and underscores, not starting with a digit.</param>
public sealed record ClickHouseLocation(string Host, int Port, string Database)
{
    /// <summary>The scheme that marks a ClickHouse store in <c>--store</c> and <c>TURNOVER_STORE</c>.</summary>
    public const string Scheme = "clickhouse";

    /// <summary>The HTTP port when the URL gives none.</summary>
    public const int DefaultPort = 8123;

    /// <summary>True when the text names a ClickHouse store (starts with <c>clickhouse://</c>), well formed or not.</summary>
    public static bool IsClickHouse(string text) =>
        text is not null && text.StartsWith(Scheme + "://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The cluster (a name in the entry server's <c>remote_servers</c>) whose shards hold the records; null: the
    /// records are on the one server.
    /// </summary>
    public string? Cluster { get; init; }

    /// <summary>Reads <c>clickhouse://host[:port]/database[?cluster=NAME]</c>.</summary>
    /// <exception cref="FormatException">The text is not such a URL; the message says what is wrong and shows the form.</exception>
    public static ClickHouseLocation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string Form = "expected clickhouse://host:port/database[?cluster=NAME], e.g. clickhouse://127.0.0.1:8123/turnover";
        if (!IsClickHouse(text) || !Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            throw new FormatException($"'{text}' is not a ClickHouse store URL ({Form}).");
        }

        if (uri.Host.Length == 0)
        {
            throw new FormatException($"'{text}' names no host ({Form}).");
        }

        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new FormatException($"'{text}' has a user or fragment, which a store URL does not take ({Form}).");
        }

        var database = uri.AbsolutePath.Trim('/');
        if (database.Length == 0)
        {
            throw new FormatException($"'{text}' names no database ({Form}).");
        }

        if (!IsPlainName(database))
        {
            throw new FormatException($"'{text}': database '{database}' should be letters, digits and underscores, not starting with a digit ({Form}).");
        }

        return new ClickHouseLocation(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port, database)
        {
            Cluster = ClusterOption(text, uri.Query, Form),
        };
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Scheme}://{Host}:{Port}/{Database}{(Cluster is null ? string.Empty : "?cluster=" + Cluster)}");

    // The one option: cluster=NAME, once, with a plain name (a bare "?" is no option). Anything else is refused, not ignored: a mistyped option
    // would otherwise store on one server what the user meant to shard.
    private static string? ClusterOption(string text, string query, string form)
    {
        if (query.Length <= 1)
        {
            return null;
        }

        var options = query[1..].Split('&');
        if (options.Length > 1)
        {
            throw new FormatException($"'{text}' has {options.Length} options; a store URL takes one, cluster=NAME ({form}).");
        }

        var (name, value) = options[0].Split('=', 2) is [var n, var v] ? (n, v) : (options[0], (string?)null);
        if (!string.Equals(name, "cluster", StringComparison.Ordinal))
        {
            throw new FormatException($"'{text}': unknown option '{name}'; the one option is cluster=NAME ({form}).");
        }

        if (string.IsNullOrEmpty(value) || !IsPlainName(value))
        {
            throw new FormatException($"'{text}': cluster '{value}' should be letters, digits and underscores, not starting with a digit ({form}).");
        }

        return value;
    }

    private static bool IsPlainName(string name) =>
        name.Length is > 0 and <= 64 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
