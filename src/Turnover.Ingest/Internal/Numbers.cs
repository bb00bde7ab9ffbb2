using System.Globalization;

namespace Turnover.Ingest.Internal;

/// <summary>Culture-free number parsing for the spellings trade files use.</summary>
internal static class Numbers
{
    /// <summary>
    /// Parses a decimal with an explicit decimal separator and an optional thousands separator
    /// ("1,187.5" with '.' and ','; "1.187,5" with ',' and '.'). Surrounding spaces and quotes are ignored.
    /// </summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, char decimalSeparator, char? thousandsSeparator, out decimal value)
    {
        text = text.Trim().Trim('"').Trim();
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (thousandsSeparator == c)
            {
                continue;
            }

            buffer[length++] = c == decimalSeparator ? '.' : c;
        }

        return decimal.TryParse(buffer[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses a plain invariant decimal ("123.45", "1e3").</summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value) => TryParseDecimal(text, '.', null, out value);

    /// <summary>Parses a non-negative integer made only of ASCII digits.</summary>
    public static bool TryParseInt(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text.Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
