namespace Turnover.Ingest.Internal;

/// <summary>
/// Reads whether a text is written as a number (sign, digits with optional grouping, decimal separator, exponent) and
/// how large it is, whatever its size: a number beyond what <see cref="decimal"/> (or <see cref="double"/>) holds is
/// still a number, to be named out of range rather than "not a number".
/// </summary>
/// <param name="Negative">True when the number has a minus sign and is not zero.</param>
/// <param name="Magnitude">The power of ten of its leading digit (0 for 1-9, 2 for 100-999, -1 for 0.1-0.9); null for zero.</param>
internal readonly record struct NumberSyntax(bool Negative, long? Magnitude)
{
    // An exponent beyond this is as good as infinite here; it keeps the arithmetic below far from long's range.
    private const long ExponentCap = 1_000_000_000;

    /// <summary>True when the number is 10^28 or more in size, where <see cref="decimal"/> (at most 7.9 × 10^28) may end.</summary>
    public bool BeyondDecimal => Magnitude >= 28;

    /// <summary>Reads <paramref name="text"/> (surrounding spaces and quotes ignored); false when it is not written as a number.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, char decimalSeparator, char? thousandsSeparator, out NumberSyntax number)
    {
        number = default;
        text = text.Trim().Trim('"').Trim();
        var i = 0;
        var negative = false;
        if (i < text.Length && text[i] is '+' or '-')
        {
            negative = text[i] == '-';
            i++;
        }

        long wholeDigits = 0;
        long fractionZeros = 0;
        var digits = false;
        var nonZero = false;
        for (; i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == thousandsSeparator); i++)
        {
            if (text[i] == thousandsSeparator)
            {
                continue;
            }

            digits = true;
            nonZero |= text[i] != '0';
            wholeDigits += nonZero ? 1 : 0;
        }

        if (i < text.Length && text[i] == decimalSeparator)
        {
            for (i++; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
                digits = true;
                if (!nonZero)
                {
                    nonZero = text[i] != '0';
                    fractionZeros += nonZero ? 0 : 1;
                }
            }
        }

        long exponent = 0;
        if (digits && i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            var exponentNegative = i < text.Length && text[i] == '-';
            i += i < text.Length && text[i] is '+' or '-' ? 1 : 0;
            var start = i;
            for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
                exponent = Math.Min(ExponentCap, (exponent * 10) + (text[i] - '0'));
            }

            if (i == start)
            {
                return false;
            }

            exponent = exponentNegative ? -exponent : exponent;
        }

        if (!digits || i != text.Length)
        {
            return false;
        }

        long? magnitude = !nonZero ? null : wholeDigits > 0 ? wholeDigits - 1 + exponent : -(fractionZeros + 1) + exponent;
        number = new NumberSyntax(negative && nonZero, magnitude);
        return true;
    }
}
