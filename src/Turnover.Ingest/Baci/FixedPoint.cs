namespace Turnover.Ingest.Baci;

/// <summary>
/// Span parsing of unsigned fixed-point text ("52.051", "11", "       13.235") into a mantissa and a count of
/// decimals. BACI carries ten million of these per file; <see cref="decimal.TryParse(string, out decimal)"/> is
/// several times slower and the general parser is only needed for the rare exponent form.
/// </summary>
internal static class FixedPoint
{
    /// <summary>At most 15 digits, so that mantissa × 1000 stays far inside a long and below 2^63.</summary>
    private const int MaxDigits = 15;

    private static readonly long[] s_pow10 = [1, 10, 100, 1000];

    private static readonly double[] s_pow10Double =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>Removes surrounding spaces and one pair of surrounding quotes (R writes <c>"       13.235"</c>).</summary>
    public static ReadOnlySpan<char> Clean(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || (!IsPadding(text[0]) && !IsPadding(text[^1])))
        {
            return text;
        }

        text = text.Trim(' ');
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            text = text[1..^1].Trim(' ');
        }

        return text;
    }

    /// <summary>True when the cleaned text opens a quote it never closes: the line was cut inside a field.</summary>
    public static bool IsUnterminatedQuote(ReadOnlySpan<char> cleaned) =>
        !cleaned.IsEmpty && (cleaned[0] == '"') != (cleaned.Length >= 2 && cleaned[^1] == '"');

    /// <summary>Parses digits with at most one '.', no sign, no exponent, at most 15 digits.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out long mantissa, out int decimals)
    {
        mantissa = 0;
        decimals = 0;
        var digits = 0;
        var dot = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var digit = unchecked((uint)(c - '0'));
            if (digit <= 9)
            {
                if (++digits > MaxDigits)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + digit;
            }
            else if (c == '.' && dot < 0)
            {
                dot = i;
            }
            else
            {
                return false;
            }
        }

        decimals = dot < 0 ? 0 : text.Length - dot - 1;
        return digits > 0;
    }

    /// <summary>Parses a non-negative integer of at most 9 ASCII digits.</summary>
    public static bool TryParseInt(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            var digit = unchecked((uint)(c - '0'));
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }

    /// <summary>mantissa / 10^decimals × 1000, exactly (thousands of USD to USD, tonnes to kilograms).</summary>
    public static decimal TimesThousand(long mantissa, int decimals)
    {
        if (decimals <= 3)
        {
            return mantissa * s_pow10[3 - decimals];
        }

        // The decimal's own scale carries the remaining fraction: no division, no rounding.
        return new decimal(unchecked((int)mantissa), (int)(mantissa >> 32), 0, false, (byte)(decimals - 3));
    }

    /// <summary>
    /// True when mantissa / 10^decimals × 1000 is certainly at most <paramref name="limit"/>, in long arithmetic (at
    /// most 15 digits keep the product below 10^18); false means "compare exactly". The decimal comparison it spares
    /// cost a tenth of the BACI reader's time.
    /// </summary>
    public static bool TimesThousandAtMost(long mantissa, int decimals, long limit) =>
        (decimals <= 3 ? mantissa * s_pow10[3 - decimals] : mantissa) <= limit;

    /// <summary>The double nearest to mantissa / 10^decimals × 1000 (one correctly rounded operation).</summary>
    public static double TimesThousandAsDouble(long mantissa, int decimals) =>
        decimals <= 3 ? mantissa * s_pow10[3 - decimals] : mantissa / s_pow10Double[decimals - 3];

    private static bool IsPadding(char c) => c is ' ' or '"';
}
