using System.Globalization;

namespace Turnover.Presentation.Wording;

/// <summary>Invariant number formatting for tables: values in US$ billions, growth in percent, weights in tonnes.</summary>
internal static class Numbers
{
    public static string Billions(decimal? usd) =>
        usd is { } v ? (v / 1_000_000_000m).ToString("N3", CultureInfo.InvariantCulture) : "–";

    public static string Millions(decimal usd) => (usd / 1_000_000m).ToString("N1", CultureInfo.InvariantCulture);

    public static string Percent(decimal? percent) =>
        percent is { } p ? p.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%" : "–";

    public static string Percent(double percent) => Percent((decimal)percent);

    /// <summary>A rate as the publisher printed it, with its own digits (+32%, +2.2%, +19.85%), not rounded to one decimal.</summary>
    public static string Printed(decimal? percent) =>
        percent is { } p ? p.ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture) + "%" : "–";

    /// <summary>"79.800 million t", or "6,500 t" under a million.</summary>
    public static string Tonnes(decimal tonnes) => Math.Abs(tonnes) >= 1_000_000m
        ? (tonnes / 1_000_000m).ToString("N3", CultureInfo.InvariantCulture) + " million t"
        : tonnes.ToString("N0", CultureInfo.InvariantCulture) + " t";

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    // Trailing zeros depend on the arithmetic that produced a value (scale), not on the value: drop them.
    public static string Raw(decimal? value) => value?.ToString("0.########", CultureInfo.InvariantCulture) ?? string.Empty;
}
