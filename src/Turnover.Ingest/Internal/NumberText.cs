using System.Globalization;

namespace Turnover.Ingest.Internal;

/// <summary>Explains why a cell is not a trade value, and checks thousands grouping that the lenient parser ignores.</summary>
internal static class NumberText
{
    /// <summary>
    /// The reason a cell that <see cref="Numbers.TryParseDecimal(ReadOnlySpan{char}, char, char?, out decimal)"/>
    /// refused is not a value: NaN and Infinity are named as such; a number beyond what can be held ("1e308", thirty
    /// digits, a million nines) is a number out of range, named with the limit its <paramref name="kind"/> is held to;
    /// anything else is not a number. <paramref name="what"/> starts the message ("value", "OBS_VALUE" style).
    /// </summary>
    public static string Refused(
        ReadOnlySpan<char> text, string what = "value", NumberKind kind = NumberKind.TradeValue, char decimalSeparator = '.', char? thousandsSeparator = null)
    {
        var shown = text.Trim();
        var bare = shown.Trim('"').Trim();
        if (bare.TrimStart("+-").StartsWith("nan", StringComparison.OrdinalIgnoreCase)
            || bare.TrimStart("+-").StartsWith("inf", StringComparison.OrdinalIgnoreCase)
            || bare.SequenceEqual("∞") || bare.SequenceEqual("-∞"))
        {
            return $"{what} '{shown}' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)";
        }

        if (!NumberSyntax.TryRead(bare, decimalSeparator, thousandsSeparator, out var number))
        {
            return $"{what} '{shown}' is not a number";
        }

        // Written as a number, refused all the same: beyond decimal's range, or longer than any number is read.
        return number.BeyondDecimal || number.Negative || bare.Length <= Numbers.MaxChars
            ? OutOfRange(shown, what, kind, number.Negative)
            : string.Create(CultureInfo.InvariantCulture, $"{what} '{shown}' is {bare.Length:N0} characters long, more than the {Numbers.MaxChars:N0} a number may have");
    }

    /// <summary>
    /// The message for a number outside the range of its <paramref name="kind"/>, below it when
    /// <paramref name="negative"/>, naming the limit: the ceiling of 10^15 USD for a trade value, the store's growth
    /// rates, the largest decimal for a quantity or an exchange rate.
    /// </summary>
    public static string OutOfRange(ReadOnlySpan<char> shown, string what, NumberKind kind, bool negative) => kind switch
    {
        NumberKind.GrowthRate => GrowthRateRange.Refused(shown, negative ? decimal.MinValue : decimal.MaxValue),
        NumberKind.TradeValue when negative => $"{what} '{shown}' is negative; trade values cannot be negative",
        NumberKind.TradeValue => UsdCeiling.Huge(shown, what),
        NumberKind.Quantity when negative => $"{what} '{shown}' is negative; quantities cannot be negative",
        NumberKind.ExchangeRate when negative => $"{what} '{shown}' is negative; a rate is a positive number of currency units per US dollar",
        _ => string.Create(CultureInfo.InvariantCulture, $"{what} '{shown}' is out of range: above {decimal.MaxValue:#,0}, the largest number Turnover holds"),
    };

    /// <summary>The message for a quantity in tonnes beyond what Turnover holds once it is in kilograms (× 1,000).</summary>
    public static string TonnesOutOfRange(ReadOnlySpan<char> shown, string what = "quantity") => string.Create(
        CultureInfo.InvariantCulture, $"{what} '{shown}' is out of range: above {decimal.MaxValue / 1000m:#,0} tonnes, the most Turnover holds once in kilograms");

    /// <summary>
    /// The reason a cell that should hold a whole number in [<paramref name="min"/>, <paramref name="max"/>] (a year,
    /// a month, a level) is refused: a fraction is not a whole number, a whole number outside is out of range (with the
    /// limit it passes), anything else is not a number.
    /// </summary>
    public static string RefusedWhole(ReadOnlySpan<char> text, string what = "value", int min = int.MinValue, int max = int.MaxValue)
    {
        var shown = text.Trim();
        if (!NumberSyntax.TryRead(shown, '.', null, out var number))
        {
            return $"{what} '{shown}' is not a number";
        }

        var parsed = Numbers.TryParseDecimal(shown, out var value);
        if (parsed && value != decimal.Truncate(value))
        {
            return $"{what} '{shown}' is not a whole number";
        }

        var below = parsed ? value < min : number.Negative;
        return below
            ? string.Create(CultureInfo.InvariantCulture, $"{what} '{shown}' is out of range: below {min:#,0}, the smallest this column holds")
            : string.Create(CultureInfo.InvariantCulture, $"{what} '{shown}' is out of range: above {max:#,0}, the largest this column holds");
    }

    /// <summary>
    /// True when every thousands separator in <paramref name="text"/> sits where grouping puts it: in the integer
    /// part, before groups of exactly three digits ("1,141,500"). "1,141,5" (a decimal comma read as grouping) and
    /// "8,42" (a number cut short) are refused, where the lenient parser would read 11415 and 842.
    /// </summary>
    public static bool IsGroupedCorrectly(ReadOnlySpan<char> text, char decimalSeparator, char? thousandsSeparator)
    {
        if (thousandsSeparator is not { } separator)
        {
            return true;
        }

        text = text.Trim().Trim('"').Trim();
        var point = text.IndexOf(decimalSeparator);
        var whole = point < 0 ? text : text[..point];
        if (point >= 0 && text[(point + 1)..].Contains(separator))
        {
            return false;
        }

        var digits = 0;
        var grouped = false;
        for (var i = whole.Length - 1; i >= 0; i--)
        {
            if (whole[i] == separator)
            {
                if (digits != 3 || i == 0 || !char.IsAsciiDigit(whole[i - 1]))
                {
                    return false;
                }

                grouped = true;
                digits = 0;
                continue;
            }

            if (char.IsAsciiDigit(whole[i]))
            {
                digits++;
            }
            else
            {
                // A sign: what precedes the first group must have been 1-3 digits.
                return !grouped || digits is >= 1 and <= 3;
            }
        }

        return !grouped || digits is >= 1 and <= 3;
    }
}
