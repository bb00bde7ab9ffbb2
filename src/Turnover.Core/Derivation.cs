namespace Turnover.Core;

/// <summary>How a stored value was obtained from what the source published.</summary>
public enum Derivation : byte
{
    /// <summary>Published as is (after unit and currency normalisation).</summary>
    Reported = 0,

    /// <summary>A year-to-date cumulative value, published as such.</summary>
    Cumulative = 1,

    /// <summary>Obtained by differencing two consecutive published year-to-date values.</summary>
    DifferencedFromCumulative = 2,

    /// <summary>Converted from another currency with a monthly average exchange rate.</summary>
    CurrencyConverted = 3,
}
