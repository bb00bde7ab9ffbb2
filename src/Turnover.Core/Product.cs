using System.Globalization;

namespace Turnover.Core;

/// <summary>
/// A product line: a Harmonized System code at 2, 4 or 6 digits in a given HS version, the total of all goods, or a
/// commodity of a classification of its own that is not the HS (FAO's fishery commodities), known by its name.
/// The code is kept as a number plus its digit count so leading zeros survive (HS 080420 is "080420", not 80420).
/// </summary>
public readonly record struct Product
{
    /// <summary>The <see cref="Digits"/> of a commodity line: above every HS level, so no HS arithmetic takes it for one.</summary>
    public const byte CommodityDigits = 7;

    private Product(int code, byte digits, string? classification, string? name = null)
    {
        Code = code;
        Digits = digits;
        Classification = classification;
        Name = name;
    }

    /// <summary>All goods (Comtrade cmdCode TOTAL, or a country-level table).</summary>
    public static Product Total { get; }

    /// <summary>
    /// The numeric value of the HS code; 0 for <see cref="Total"/>; for a commodity, the number the store gave its name
    /// (0 before it is stored), which means nothing outside that store.
    /// </summary>
    public int Code { get; }

    /// <summary>2, 4 or 6; 0 for <see cref="Total"/>; <see cref="CommodityDigits"/> for a commodity.</summary>
    public byte Digits { get; }

    /// <summary>The HS version as the source spells it (HS92, H3, H4, H5…), or null when unknown.</summary>
    public string? Classification { get; }

    /// <summary>A commodity's name as its classification spells it; null for an HS line or the total.</summary>
    public string? Name { get; }

    /// <summary>True for the all-goods total.</summary>
    public bool IsTotal => Digits == 0;

    /// <summary>True for a commodity of a classification of its own (<see cref="Commodity"/>), not an HS line.</summary>
    public bool IsCommodity => Digits == CommodityDigits;

    /// <summary>
    /// A commodity of a classification that is not the HS (FAO's "Alaska pollock fillets, frozen"), known by its name:
    /// never summed into HS chapters or headings, even where an HS line covers the same goods.
    /// </summary>
    /// <param name="name">The commodity's name as the classification spells it (trimmed; not empty).</param>
    /// <param name="classification">The classification (e.g. FAO); null when unknown.</param>
    /// <param name="storedCode">The store's number for the name; 0 before it is stored.</param>
    /// <exception cref="ArgumentException">The name is empty or holds a control character.</exception>
    public static Product Commodity(string name, string? classification, int storedCode = 0)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed.Any(char.IsControl))
        {
            throw new ArgumentException($"A commodity name should be non-empty text without control characters, not '{name}'.", nameof(name));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(storedCode);
        return new Product(storedCode, CommodityDigits, classification, trimmed);
    }

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

    /// <summary>The zero-padded code, TOTAL, or a commodity's name.</summary>
    public override string ToString() =>
        IsTotal ? "TOTAL" : IsCommodity ? Name! : Code.ToString("D" + Digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
