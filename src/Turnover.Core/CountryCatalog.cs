using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace Turnover.Core;

/// <summary>
/// Resolves the many spellings of a trade partner to one <see cref="Country"/>: numeric reporter codes
/// (UN M49 / Comtrade / BACI, plus the ISO numerics those replace), ISO2, ISO3, English names and common aliases.
/// </summary>
/// <remarks>
/// Built from the BACI country table (release 202201, data/reference/baci_country_codes.csv), which is the code
/// authority: trade codes are not ISO numerics (842 is the USA, not 840).
/// </remarks>
public sealed class CountryCatalog
{
    private static readonly Lazy<CountryCatalog> s_default = new(LoadDefault);

    private readonly FrozenDictionary<int, CountryInfo> _byCode;
    private readonly FrozenDictionary<string, CountryInfo> _byKey;

    private CountryCatalog(IReadOnlyList<CountryInfo> countries)
    {
        var byCode = new Dictionary<int, CountryInfo>();
        var byKey = new Dictionary<string, CountryInfo>(StringComparer.Ordinal);
        foreach (var info in countries)
        {
            byCode[info.Code] = info;
            foreach (var key in new[] { info.Name, info.FullName, info.Iso2, info.Iso3 })
            {
                if (!string.IsNullOrEmpty(key))
                {
                    byKey.TryAdd(NameKey.Of(key), info);
                }
            }
        }

        foreach (var (numeric, code) in CountryAliases.IsoNumericToTradeCode)
        {
            byCode.TryAdd(numeric, byCode[code]);
        }

        var aliases = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var (alias, code) in CountryAliases.Names)
        {
            byKey[NameKey.Of(alias)] = byCode[code];
            aliases.TryAdd(alias, new Country(byCode[code]));
        }

        _byCode = byCode.ToFrozenDictionary();
        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
        All = countries.DistinctBy(c => c.Code).OrderBy(c => c.Code).Select(c => new Country(c)).ToArray();
        Aliases = aliases.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The catalogue built from the bundled BACI code table.</summary>
    public static CountryCatalog Default => s_default.Value;

    /// <summary>Every catalogued code, World (0) included, in code order.</summary>
    public IReadOnlyList<Country> All { get; }

    /// <summary>The common English names known beside the table's own ("South Korea", "Taiwan", "North Korea"), as written, with their country.</summary>
    public IReadOnlyDictionary<string, Country> Aliases { get; }

    /// <summary>The "World" partner (code 0, Comtrade W00, IMF G001/W00).</summary>
    public Country World => FromCode(0);

    /// <summary>Looks up a numeric reporter code.</summary>
    public bool TryFromCode(int code, out Country country)
    {
        country = _byCode.TryGetValue(code, out var info) ? new Country(info) : default;
        return country != default;
    }

    /// <summary>Looks up a numeric reporter code or throws.</summary>
    /// <exception cref="ArgumentException">Unknown code.</exception>
    public Country FromCode(int code) =>
        TryFromCode(code, out var country) ? country : throw new ArgumentException($"unknown country code {code}", nameof(code));

    /// <summary>Resolves a code, ISO2, ISO3, name or alias; on failure suggests the closest known name.</summary>
    public CountryResolution Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return TryFromCode(code, out var byCode) ? new CountryResolution(byCode) : new CountryResolution(text, null);
        }

        if (_byKey.TryGetValue(NameKey.Of(trimmed), out var info))
        {
            return new CountryResolution(new Country(info));
        }

        return new CountryResolution(text, ClosestName(trimmed));
    }

    /// <summary>Resolves or returns false, for hot paths that report their own error.</summary>
    public bool TryResolve(ReadOnlySpan<char> text, out Country country)
    {
        var resolution = Resolve(text.ToString());
        country = resolution.Country;
        return resolution.Success;
    }

    private string? ClosestName(string text)
    {
        var key = NameKey.Of(text);
        if (key.Length == 0)
        {
            return null;
        }

        // Beyond a third of the word the "suggestion" is noise: "XXX" is two edits from the code of Christmas Island,
        // "ZZ" one from Swaziland's. A code-length key gets one edit ("USX", "RUSS"), a shorter one none.
        var limit = key.Length < 3 ? 0 : Math.Max(1, key.Length / 3);
        return _byKey
            .Select(pair => (pair.Key, pair.Value, Distance: EditDistance.Within(key, pair.Key, limit)))
            .Where(t => t.Distance is not null)
            .OrderBy(t => t.Distance)
            .ThenBy(t => t.Key.Length)
            .Select(t => t.Value.Name)
            .FirstOrDefault();
    }

    private static CountryCatalog LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Turnover.Core.countries.csv")
            ?? throw new InvalidOperationException("The embedded country table is missing from Turnover.Core.");
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        return new CountryCatalog(BaciCountryTable.Parse(reader).Append(CountryAliases.World).Concat(CountryAliases.ComtradeOnly).ToList());
    }
}
