using System.Globalization;

namespace Turnover.Core;

/// <summary>
/// A product line: a Harmonized System code at 2, 4 or 6 digits in a given HS version, or the total of all goods.
/// The code is kept as a number plus its digit count so leading zeros survive (HS 080420 is "080420", not 80420).
/// </summary>
public readonly record struct Product
{
    private Product(int code, byte digits, string? classification)
    {
        Code = code;
        Digits = digits;
        Classification = classification;
    }

    /// <summary>All goods (Comtrade cmdCode TOTAL, or a country-level table).</summary>
    public static Product Total { get; }

    /// <summary>The numeric value of the HS code; 0 for <see cref="Total"/>.</summary>
    public int Code { get; }

    /// <summary>2, 4 or 6; 0 for <see cref="Total"/>.</summary>
    public byte Digits { get; }

    /// <summary>The HS version as the source spells it (HS92, H3, H4, H5…), or null when unknown.</summary>
    public string? Classification { get; }

    /// <summary>True for the all-goods total.</summary>
    public bool IsTotal => Digits == 0;

    /// <summary>An HS code at the given number of digits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Digits not 2, 4 or 6, or the code does not fit them.</exception>
    public static Product Hs(int code, int digits, string? classification)
    {
        if (!TryHs(code, digits, classification, out var product))
        {
            throw new ArgumentOutOfRangeException(nameof(code), $"HS code {code} with {digits} digits should have 2, 4 or 6 digits and fit them.");
        }

        return product;
    }

    /// <summary>Validates and creates an HS code without throwing.</summary>
    public static bool TryHs(int code, int digits, string? classification, out Product product)
    {
        var limit = digits switch { 2 => 100, 4 => 10_000, 6 => 1_000_000, _ => 0 };
        product = code >= 0 && code < limit ? new Product(code, (byte)digits, classification) : default;
        return limit != 0 && code >= 0 && code < limit;
    }

    /// <summary>Parses an HS code from its digits ("080420"); "TOTAL" gives <see cref="Total"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, string? classification, out Product product)
    {
        text = text.Trim();
        if (text.Equals("TOTAL", StringComparison.OrdinalIgnoreCase))
        {
            product = Total;
            return true;
        }

        product = default;
        return text.Length is 2 or 4 or 6
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            && TryHs(code, text.Length, classification, out product);
    }

    /// <summary>The zero-padded code, or TOTAL.</summary>
    public override string ToString() =>
        IsTotal ? "TOTAL" : Code.ToString("D" + Digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
