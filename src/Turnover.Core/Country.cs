namespace Turnover.Core;

/// <summary>
/// A reporter or partner in trade statistics, identified by its UN M49-based reporter code.
/// Obtain one from <see cref="CountryCatalog"/>; equality is by code.
/// </summary>
/// <remarks>Eight bytes: the facts live in a shared <see cref="CountryInfo"/>, so millions of records stay cheap.</remarks>
public readonly struct Country : IEquatable<Country>, IComparable<Country>
{
    private readonly CountryInfo? _info;

    internal Country(CountryInfo info) => _info = info;

    /// <summary>The trade-statistics reporter code (0 = World).</summary>
    public int Code => Info.Code;

    /// <summary>Short English name.</summary>
    public string Name => Info.Name;

    /// <summary>ISO 3166 alpha-3, or null for groupings and "nes" codes.</summary>
    public string? Iso3 => Info.Iso3;

    /// <summary>ISO 3166 alpha-2, or null.</summary>
    public string? Iso2 => Info.Iso2;

    /// <summary>The full facts about this code.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Country)</c>, not a catalogued country.</exception>
    public CountryInfo Info => _info ?? throw new InvalidOperationException("default(Country) is not a country; resolve one through CountryCatalog.");

    /// <summary>True for the "World" partner (code 0): a total over partners, never a country.</summary>
    public bool IsWorld => Code == 0;

    /// <summary>ISO3 where there is one, else the code.</summary>
    public string Label => Iso3 ?? Code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(Country other) => _info?.Code == other._info?.Code;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Country other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _info?.Code ?? -1;

    /// <inheritdoc />
    public int CompareTo(Country other) => (_info?.Code ?? -1).CompareTo(other._info?.Code ?? -1);

    /// <summary>Equality by code.</summary>
    public static bool operator ==(Country left, Country right) => left.Equals(right);

    /// <summary>Inequality by code.</summary>
    public static bool operator !=(Country left, Country right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => _info is null ? "(none)" : $"{Name} ({Label})";
}
