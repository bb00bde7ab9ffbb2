namespace Turnover.Ingest.Internal;

/// <summary>What a number in a file stands for, which sets the range it is held to and how a number outside is named.</summary>
internal enum NumberKind
{
    /// <summary>A trade value: never negative, at most <see cref="UsdCeiling.Max"/> once in US dollars.</summary>
    TradeValue,

    /// <summary>A quantity (kilograms, tonnes, units): never negative, within the range of a decimal.</summary>
    Quantity,

    /// <summary>A growth rate in percent, within <see cref="Core.GrowthRateLimits"/>.</summary>
    GrowthRate,

    /// <summary>An exchange rate in currency units per US dollar: above zero, within the range of a decimal.</summary>
    ExchangeRate,
}
