using System.Globalization;

namespace Turnover.Store.ClickHouse;

/// <summary>
/// Where a ClickHouse store is: <c>clickhouse://host:port/database</c>, the server's HTTP interface (port 8123 by
/// default; the local test servers of bench/clickhouse use 28100). The database holds the store's tables and is
/// created on the first writable open.
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

    /// <summary>Reads <c>clickhouse://host[:port]/database</c>.</summary>
    /// <exception cref="FormatException">The text is not such a URL; the message says what is wrong and shows the form.</exception>
    public static ClickHouseLocation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string Form = "expected clickhouse://host:port/database, e.g. clickhouse://127.0.0.1:8123/turnover";
        if (!IsClickHouse(text) || !Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            throw new FormatException($"'{text}' is not a ClickHouse store URL ({Form}).");
        }

        if (uri.Host.Length == 0)
        {
            throw new FormatException($"'{text}' names no host ({Form}).");
        }

        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new FormatException($"'{text}' has a user, query or fragment, which a store URL does not take ({Form}).");
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

        return new ClickHouseLocation(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port, database);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Scheme}://{Host}:{Port}/{Database}");

    private static bool IsPlainName(string name) =>
        name.Length <= 64 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
