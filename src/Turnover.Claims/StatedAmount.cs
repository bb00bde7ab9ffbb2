using Turnover.Core;

namespace Turnover.Claims;

/// <summary>
/// An amount of money as a text states it: the value in the currency the text uses (yuan stay yuan; converting them
/// needs a stored rate, which is the verifier's job), how the text qualifies it, and its original wording.
/// </summary>
public sealed record StatedAmount
{
    /// <summary>The amount in units of its currency, e.g. 190 271 000 000 USD for "1902.71亿美元".</summary>
    public required Money Value { get; init; }

    /// <summary>
    /// Half a unit of the last digit the text gives, in the same currency: "$88.8 billion" is 50 000 000, so any
    /// figure within ±50 million rounds to the text. Zero for numbers written out exactly.
    /// </summary>
    public required decimal Rounding { get; init; }

    /// <summary>"about", "more than"… as written next to the number.</summary>
    public required Bound Bound { get; init; }

    /// <summary>The number as written, e.g. <c>$89,21 млрд</c> or <c>2181亿7600万美元</c>.</summary>
    public required string Text { get; init; }

    /// <summary>Where the number stands in the text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The lower end of a range (<see cref="Bound.Range"/>; <see cref="Value"/> is its middle), in the same currency; null otherwise.</summary>
    public Money? RangeLow { get; init; }

    /// <summary>A range's upper end (<see cref="RangeLow"/> mirrored about <see cref="Value"/>); null otherwise.</summary>
    public Money? RangeHigh => RangeLow is { } low ? new Money((2 * Value.Amount) - low.Amount, Value.Currency) : null;

    /// <summary>Whole US dollars when the currency is USD, else null.</summary>
    public long? WholeUsd => Value.Currency == Currency.Usd ? decimal.ToInt64(decimal.Round(Value.Amount, MidpointRounding.AwayFromZero)) : null;
}
