using System.Globalization;

namespace Turnover.Ingest.Internal;

/// <summary>The largest trade value a reader hands on, in US dollars after scaling and currency conversion.</summary>
/// <remarks>
/// The store keeps values as DECIMAL(18,2), at most 9,999,999,999,999,999.99 (just under 10^16 USD). That is enough
/// for every real figure: world goods trade is about US$25 trillion (2.5 × 10^13) a year, so even a whole year of
/// world trade, or a figure converted from CNY or from thousands of JPY, stays 400 times below it. The ceiling is
/// 10^15 USD (forty years of world trade, ten times below the store's limit): a larger value can only be a defect
/// (a unit slip, digits run together, "1e308"), and it is refused at parse time with its file, line and column
/// instead of failing in the store with no location.
/// </remarks>
internal static class UsdCeiling
{
    /// <summary>10^15 US dollars.</summary>
    public const decimal Max = Core.TradeValueLimits.MaxUsd;

    /// <summary>True when a value in USD is above <see cref="Max"/>.</summary>
    public static bool IsAbove(decimal usd) => usd > Max;

    /// <summary>The message for a value above the ceiling, naming the cell and the amount it stands for.</summary>
    public static string TooLarge(ReadOnlySpan<char> shown, decimal usd) => string.Create(
        CultureInfo.InvariantCulture,
        $"value '{shown}' stands for {usd:#,0} USD, above the ceiling of 10^15 USD (40 years of world trade; a unit or digit slip?)");

    /// <summary>The message for a number too large to hold at all (an exponent such as 1e308).</summary>
    public static string Huge(ReadOnlySpan<char> shown, string what = "value") =>
        $"{what} '{shown}' is too large: above the ceiling of 10^15 USD (40 years of world trade)";
}
