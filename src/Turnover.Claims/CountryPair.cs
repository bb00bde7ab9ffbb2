using Turnover.Core;

namespace Turnover.Claims;

/// <summary>Two countries a text is known to be about, used when a sentence names only one of them or none.</summary>
/// <param name="First">One country (e.g. China).</param>
/// <param name="Second">The other (e.g. Russia).</param>
public readonly record struct CountryPair(Country First, Country Second)
{
    /// <summary>The country of the pair that is not <paramref name="country"/>, or null when it is neither.</summary>
    public Country? Other(Country country) =>
        country == First ? Second : country == Second ? First : null;

    /// <summary>True when <paramref name="country"/> is one of the two.</summary>
    public bool Contains(Country country) => country == First || country == Second;
}
