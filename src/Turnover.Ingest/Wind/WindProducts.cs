using Turnover.Core;

namespace Turnover.Ingest.Wind;

/// <summary>
/// Wind's English product names (China Customs' energy series) and the HS line each one is, where it is one exactly.
/// The store keys product lines by HS code, so a product with no exact code is not stored: it is skipped with a reason.
/// </summary>
internal static class WindProducts
{
    /// <summary>The classification records carry: an HS code assigned from Wind's product name, not read from the file.</summary>
    public const string Classification = "Wind";

    private static readonly Dictionary<string, Product> s_exact = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Crude Oil"] = Product.Hs(2709, 4, Classification),
        ["Liquified Natural Gas (LNG)"] = Product.Hs(271111, 6, Classification),
        ["Liquified Natural Gas"] = Product.Hs(271111, 6, Classification),
        ["Pipeline Carried Natural Gas (Gaseous State)"] = Product.Hs(271121, 6, Classification),
        ["Natural Gas in Gaseous State"] = Product.Hs(271121, 6, Classification),
        ["Coal"] = Product.Hs(2701, 4, Classification),
        ["Lignite"] = Product.Hs(2702, 4, Classification),
    };

    // Known, but no single HS line: China's steam and coking coal split HS 2701.12/2701.19 by use, and customs'
    // anthracite series is not published as exactly HS 2701.11; coal and lignite together are two headings.
    private static readonly Dictionary<string, string> s_inexact = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Steam Coal"] = "a part of HS 2701, no exact HS line",
        ["Coking Coal"] = "a part of HS 2701, no exact HS line",
        ["Anthracite Coal"] = "a part of HS 2701, not published as exactly HS 270111",
        ["Coal and Lignite"] = "HS 2701 and 2702 together, no single HS line",
    };

    /// <summary>The product's HS line; or, for a known product without one, why not; or neither for an unknown name.</summary>
    public static (Product? Product, string? Inexact) Lookup(string name, int? givenCode)
    {
        if (s_exact.TryGetValue(name, out var product))
        {
            return (product, null);
        }

        if (s_inexact.TryGetValue(name, out var why))
        {
            return (null, why);
        }

        // "Natural Gas(271121)": the series states its own HS code.
        return givenCode is { } code && Product.TryHs(code, 6, Classification, out var given) ? (given, null) : (null, null);
    }

    /// <summary>Wind's name of an HS line it stores (the first name listed for it), or null.</summary>
    public static string? NameOf(int code, int digits) =>
        s_exact.FirstOrDefault(e => e.Value.Code == code && e.Value.Digits == digits).Key;

    /// <summary>The names this reader knows, for error messages.</summary>
    public static string Known => string.Join(", ", s_exact.Keys.Concat(s_inexact.Keys).Select(k => $"'{k}'"));
}
