using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Mapped;

/// <summary>Parses a published trade value and scales it to whole units exactly (thousands × 1000, no doubles).</summary>
internal static class TradeValues
{
    /// <summary>
    /// Parses <paramref name="text"/> with the given separators and multiplies by <paramref name="unit"/>.
    /// Fails, naming the value and the rule, on an empty cell, a non-number, a negative value or an overflow.
    /// </summary>
    public static bool TryScale(ReadOnlySpan<char> text, char decimalSeparator, char? thousandsSeparator, decimal unit, out decimal scaled, out string error)
    {
        scaled = 0;
        var shown = text.Trim();
        if (shown.IsEmpty)
        {
            error = "value is empty";
            return false;
        }

        if (!Numbers.TryParseDecimal(text, decimalSeparator, thousandsSeparator, out var value))
        {
            error = $"value '{shown}' is not a number";
            return false;
        }

        if (value < 0)
        {
            error = $"value '{shown}' is negative; trade values cannot be negative";
            return false;
        }

        // decimal.MaxValue / 1e9 is still 7.9e19 units: only garbage gets here, but it must not throw.
        if (value > decimal.MaxValue / unit)
        {
            error = $"value '{shown}' is too large";
            return false;
        }

        scaled = value * unit;
        error = string.Empty;
        return true;
    }
}
