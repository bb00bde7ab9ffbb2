using System.Globalization;

namespace Turnover.Ingest.Internal;

/// <summary>Explains why a cell is not a trade value, and checks thousands grouping that the lenient parser ignores.</summary>
internal static class NumberText
{
    /// <summary>
    /// The reason a cell that <see cref="Numbers.TryParseDecimal(ReadOnlySpan{char}, out decimal)"/> refused is not a
    /// value: NaN and Infinity are named as such, a finite number beyond decimal's range ("1e308") is too large, and
    /// anything else is not a number. <paramref name="what"/> starts the message ("value", "OBS_VALUE '…'" style).
    /// </summary>
    public static string Refused(ReadOnlySpan<char> text, string what = "value")
    {
        var shown = text.Trim();
        var bare = shown.Trim('"').Trim();
        if (bare.TrimStart("+-").StartsWith("nan", StringComparison.OrdinalIgnoreCase)
            || bare.TrimStart("+-").StartsWith("inf", StringComparison.OrdinalIgnoreCase)
            || bare.SequenceEqual("∞") || bare.SequenceEqual("-∞"))
        {
            return $"{what} '{shown}' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)";
        }

        if (double.TryParse(bare, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number < 0
                ? $"{what} '{shown}' is negative; trade values cannot be negative"
                : $"{what} '{shown}' is too large: above the ceiling of 10^15 USD (40 years of world trade)";
        }

        return $"{what} '{shown}' is not a number";
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
