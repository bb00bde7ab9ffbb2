using System.Buffers;
using System.Globalization;

namespace Turnover.Ingest.Internal;

/// <summary>Culture-free number parsing for the spellings trade files use.</summary>
internal static class Numbers
{
    /// <summary>
    /// The longest text taken as a number. A decimal holds 29 significant digits; even written out with thousands
    /// separators, padding zeros and an exponent, no real figure comes near this. A longer cell (fuzzed files had
    /// cells of millions of characters) is "not a number" without copying it anywhere.
    /// </summary>
    public const int MaxChars = 1024;

    // Numbers up to this length are copied on the stack; longer ones (rare) into a pooled array, never a stack
    // buffer sized by the input, which overflowed the stack for a cell of a few million characters.
    private const int StackChars = 128;

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

        if (text.Length > MaxChars)
        {
            return false;
        }

        char[]? pooled = null;
        Span<char> buffer = text.Length <= StackChars ? stackalloc char[StackChars] : (pooled = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
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
        finally
        {
            if (pooled is not null)
            {
                ArrayPool<char>.Shared.Return(pooled);
            }
        }
    }

    /// <summary>Parses a plain invariant decimal ("123.45", "1e3").</summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value) => TryParseDecimal(text, '.', null, out value);

    /// <summary>Parses a non-negative integer made only of ASCII digits.</summary>
    public static bool TryParseInt(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text.Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
