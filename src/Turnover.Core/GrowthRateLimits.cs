namespace Turnover.Core;

/// <summary>The growth rates, in percent, that a trade value can show and the store can hold.</summary>
/// <remarks>
/// A value is never negative, so it cannot fall by more than 100%. A rise has no such bound (a new trade from almost
/// nothing), so the ceiling is the store's: rates are kept as DECIMAL(9,3), at most 999,999.999%. A rate outside is a
/// defect (a sign or digit slip, "1e21"), in a file or in a text.
/// </remarks>
public static class GrowthRateLimits
{
    /// <summary>A fall of everything.</summary>
    public const decimal Min = -100m;

    /// <summary>The largest rate the store can hold.</summary>
    public const decimal Max = 999_999.999m;

    /// <summary>True when a rate is possible and storable.</summary>
    public static bool Hold(decimal percent) => percent is >= Min and <= Max;
}
