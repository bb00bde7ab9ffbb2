using System.Globalization;

namespace Turnover.Presentation.Json;

/// <summary>ISO 8601 text for the contract: dates <c>yyyy-MM-dd</c>, instants in UTC <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
internal static class JsonDates
{
    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? d) => d is { } v ? Date(v) : null;

    public static string Month(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
