using System.Globalization;

namespace Turnover.Store.ClickHouse.Internal;

/// <summary>A ClickHouse server version, and what the store may use on it.</summary>
/// <param name="Major">Year-based major version (18 for 18.16).</param>
/// <param name="Minor">Minor version.</param>
internal readonly record struct ServerVersion(int Major, int Minor)
{
    /// <summary>
    /// Server-side query parameters (<c>{name:Type}</c>) and the typed result format the driver's readers need
    /// (<c>RowBinaryWithNamesAndTypes</c>) both arrived in 19.x; 18.16 has neither (docs/clickhouse.md). The store
    /// reads raw text on every version today: the typed path is the next step on a modern server, untested here.
    /// </summary>
    public bool HasTypedReads => Major > 19 || (Major == 19 && Minor >= 11);

    /// <summary>Reads "18.16.1" (or "24.3.2.23").</summary>
    /// <exception cref="StoreException">The text is not a version.</exception>
    public static ServerVersion Parse(string text)
    {
        var parts = text.Split('.');
        return parts.Length >= 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
                ? new ServerVersion(major, minor)
                : throw new StoreException($"the server answered '{text}' for its version: not a ClickHouse version.");
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
