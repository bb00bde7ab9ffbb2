using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Mapped;

/// <summary>Parses a published trade value and scales it to whole units exactly (thousands × 1000, no doubles).</summary>
internal static class TradeValues
{
    /// <summary>
    /// Parses <paramref name="text"/> with the given separators and multiplies by <paramref name="unit"/>.
    /// Fails, naming the value and the rule, on an empty cell, a non-number (NaN, Infinity), thousands separators
    /// out of place ("1,141,5"), a negative value, or, when <paramref name="inUsd"/>, a value above
    /// <see cref="UsdCeiling.Max"/> (values in another currency are held to it after conversion). A quantity
    /// (<paramref name="kind"/>) is held to the range of a decimal once scaled, a number beyond it named out of range.
    /// </summary>
    public static bool TryScale(
        ReadOnlySpan<char> text, char decimalSeparator, char? thousandsSeparator, decimal unit, out decimal scaled, out string error, bool inUsd = true, NumberKind kind = NumberKind.TradeValue)
    {
        scaled = 0;
        var shown = text.Trim();
        if (shown.IsEmpty)
        {
            error = "value is empty";
            return false;
        }

        if (!NumberText.IsGroupedCorrectly(text, decimalSeparator, thousandsSeparator))
        {
            error = $"value '{shown}' has a thousands separator '{thousandsSeparator}' out of place (groups of three digits expected, before the decimal separator '{decimalSeparator}'); a decimal separator or a digit is wrong";
            return false;
        }

        if (!Numbers.TryParseDecimal(text, decimalSeparator, thousandsSeparator, out var value))
        {
            error = NumberText.Refused(text, kind: kind, decimalSeparator: decimalSeparator, thousandsSeparator: thousandsSeparator);
            return false;
        }

        if (value < 0)
        {
            error = NumberText.OutOfRange(shown, "value", kind, negative: true);
            return false;
        }

        if (value > decimal.MaxValue / unit)
        {
            error = kind == NumberKind.Quantity
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"value '{shown}' × {unit:#,0} is out of range: above {decimal.MaxValue:#,0}, the largest number Turnover holds")
                : UsdCeiling.Huge(shown);
            return false;
        }

        if (kind == NumberKind.Quantity)
        {
            scaled = value * unit;
            error = string.Empty;
            return true;
        }

        if (inUsd && UsdCeiling.IsAbove(value * unit))
        {
            error = UsdCeiling.TooLarge(shown, value * unit);
            return false;
        }

        // Before conversion the USD ceiling is not known yet; 10^18 units of any currency is beyond it for every rate
        // above 0.001 per USD, and keeps the division by the rate far from decimal's range.
        if (!inUsd && value * unit > UsdCeiling.Max * 1000m)
        {
            error = $"value '{shown}' is too large: above 10^18 units of any currency, far beyond the ceiling of 10^15 USD";
            return false;
        }

        scaled = value * unit;
        error = string.Empty;
        return true;
    }
}
