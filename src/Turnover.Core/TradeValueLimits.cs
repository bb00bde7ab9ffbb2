namespace Turnover.Core;

/// <summary>The largest trade value, in US dollars, a file or a text may state.</summary>
/// <remarks>
/// The store keeps values as DECIMAL(18,2), just under 10^16 USD. World goods trade is about US$25 trillion
/// (2.5 × 10^13) a year, so 10^15 USD is forty years of it: a larger value can only be a defect (a unit slip, digits
/// run together, "1e308"), and ten times below the store's limit a year of twelve such months still fits a
/// DECIMAL(38,2) sum.
/// </remarks>
public static class TradeValueLimits
{
    /// <summary>10^15 US dollars.</summary>
    public const decimal MaxUsd = 1_000_000_000_000_000m;

    /// <summary>True when an amount in US dollars is at most <see cref="MaxUsd"/> in size.</summary>
    public static bool Hold(decimal usd) => Math.Abs(usd) <= MaxUsd;
}
