using System.Globalization;

namespace Turnover.Cli.Commands;

/// <summary>A product as users type it: an HS code (digits), or a commodity's name (any other text, e.g. FAO's).</summary>
internal static class ProductArgument
{
    /// <summary>The product named by <paramref name="text"/>.</summary>
    /// <exception cref="UserInputException">Digits that are not an HS code, TOTAL, or an empty name.</exception>
    public static Core.Product Parse(string text, string parameter)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0 && trimmed.All(char.IsAsciiDigit) || trimmed.Equals("TOTAL", StringComparison.OrdinalIgnoreCase))
        {
            return Core.Product.TryParse(trimmed, null, out var hs) && !hs.IsTotal
                ? hs
                : throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                    $"{parameter} '{text}' is not an HS code (expected 2, 4 or 6 digits: 27, 2709, 271111)."));
        }

        return trimmed.Length > 0 && !trimmed.Any(char.IsControl)
            ? Core.Product.Commodity(trimmed, null)
            : throw new UserInputException($"{parameter} '{text}' is neither an HS code (27, 2709, 271111) nor a commodity's name.");
    }
}
