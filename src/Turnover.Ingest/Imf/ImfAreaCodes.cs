using Turnover.Core;

namespace Turnover.Ingest.Imf;

/// <summary>
/// Resolves IMF area codes once each (a file repeats a few hundred codes over millions of rows), looking up spans
/// without allocating a string per row.
/// </summary>
internal sealed class ImfAreaCodes
{
    // The IMF names Taiwan Province of China by its ISO codes; trade statistics file it as "Other Asia, nes" (490),
    // which is also where the catalogue puts ISO numeric 158.
    private static readonly (string Code, int TradeCode)[] s_imfOnly = [("TWN", 490), ("TW", 490)];

    private readonly CountryCatalog _catalog;
    private readonly Dictionary<string, ImfArea> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImfArea>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ImfAreaCodes(CountryCatalog catalog)
    {
        _catalog = catalog;
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public ImfArea Resolve(ReadOnlySpan<char> code)
    {
        if (!_lookup.TryGetValue(code, out var area))
        {
            var text = code.ToString();
            area = Classify(text);
            _cache[text] = area;
        }

        return area;
    }

    private ImfArea Classify(string code)
    {
        if (code is "G001" or "W00")
        {
            return new ImfArea(ImfAreaKind.World, _catalog.World, string.Empty);
        }

        if (IsGroup(code))
        {
            return new ImfArea(ImfAreaKind.Group, default, string.Empty);
        }

        foreach (var (imfCode, tradeCode) in s_imfOnly)
        {
            if (code == imfCode && _catalog.TryFromCode(tradeCode, out var territory))
            {
                return new ImfArea(ImfAreaKind.Country, territory, string.Empty);
            }
        }

        var resolution = _catalog.Resolve(code);
        return resolution.Success
            ? new ImfArea(ImfAreaKind.Country, resolution.Country, string.Empty)
            : new ImfArea(ImfAreaKind.Unknown, default, resolution.ErrorMessage);
    }

    // ISO codes are letters only, so a digit or underscore marks an IMF aggregate: G998, G110 (IMTS),
    // B0, F6, 1C_080 (DOTS). Anything else is taken for a country and fails loudly if it is none.
    private static bool IsGroup(string code) => code.AsSpan().ContainsAny(GroupMarks);

    private static System.Buffers.SearchValues<char> GroupMarks { get; } = System.Buffers.SearchValues.Create("0123456789_");
}
