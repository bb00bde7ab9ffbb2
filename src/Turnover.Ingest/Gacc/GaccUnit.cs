using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// The unit line of a GACC table: a currency (USD, also written US$; CNY, also RMB or yuan) and a multiplier
/// (1,000; 10,000; 100 million). GACC's country tables are in USD 1,000 (or CNY 10,000 for the yuan edition);
/// headline totals are in 100 million USD or CNY.
/// </summary>
/// <param name="Currency">The currency of the values.</param>
/// <param name="Multiplier">What one unit is worth in that currency.</param>
/// <param name="Text">The unit as written, for messages and the release note.</param>
internal readonly record struct GaccUnit(Currency Currency, decimal Multiplier, string Text)
{
    /// <summary>The spellings accepted, for error messages.</summary>
    public const string Accepted = "USD 1,000, USD 100 million, CNY 10,000 or CNY 100 million";

    private static readonly (string Token, Currency Currency)[] s_currencies =
    [
        ("USD", Currency.Usd), ("US$", Currency.Usd), ("CNY", new Currency("CNY")), ("RMB", new Currency("CNY")), ("YUAN", new Currency("CNY")),
    ];

    private static readonly (string Token, decimal Multiplier)[] s_multipliers =
    [
        ("1,000", 1_000m), ("1000", 1_000m), ("THOUSAND", 1_000m), ("10,000", 10_000m), ("10000", 10_000m), ("100MILLION", 100_000_000m),
    ];

    /// <summary>Parses the text after <c>Unit:</c>, e.g. <c>USD 1,000</c> or <c>CNY 100 million</c>.</summary>
    public static bool TryParse(string text, out GaccUnit unit)
    {
        unit = default;
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        foreach (var (token, currency) in s_currencies)
        {
            var rest = compact.StartsWith(token, StringComparison.Ordinal) ? compact[token.Length..]
                : compact.EndsWith(token, StringComparison.Ordinal) ? compact[..^token.Length]
                : null;
            if (rest is null)
            {
                continue;
            }

            foreach (var (scale, multiplier) in s_multipliers)
            {
                if (rest == scale)
                {
                    unit = new GaccUnit(currency, multiplier, text.Trim());
                    return true;
                }
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
