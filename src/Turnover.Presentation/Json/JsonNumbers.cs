namespace Turnover.Presentation.Json;

/// <summary>
/// The contract's number rules: money in US dollars rounded to the cent, percentages in percent points rounded to 4
/// decimals, both without trailing zeros (a decimal's scale depends on the arithmetic that produced it, not on its
/// value, and would otherwise print 28 digits or "…00").
/// </summary>
internal static class JsonNumbers
{
    public const int PercentDecimals = 4;

    public static decimal? Usd(decimal? usd) => usd is { } v ? Usd(v) : null;

    public static decimal Usd(decimal usd) => Normalise(Math.Round(usd, 2, MidpointRounding.AwayFromZero));

    public static decimal? Percent(decimal? percent) => percent is { } p ? Normalise(Math.Round(p, PercentDecimals, MidpointRounding.AwayFromZero)) : null;

    public static decimal? Percent(double? percent) => percent is { } p && double.IsFinite(p) ? Percent((decimal)p) : null;

    /// <summary>A share 0–1 as percent points.</summary>
    public static decimal SharePercent(double share) => Percent(share * 100)!.Value;

    // Dividing by 1 with 28 zero decimals drops trailing zeros (the scale becomes the smallest that holds the value).
    private static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;
}
