namespace Turnover.Core;

/// <summary>The outcome of resolving a country code or name: the country, or an error with the closest suggestion.</summary>
public readonly record struct CountryResolution
{
    internal CountryResolution(Country country)
    {
        Country = country;
        Success = true;
    }

    internal CountryResolution(string input, string? suggestion)
    {
        Input = input;
        Suggestion = suggestion;
    }

    /// <summary>True when a country was found.</summary>
    public bool Success { get; }

    /// <summary>The country; meaningful only when <see cref="Success"/>.</summary>
    public Country Country { get; }

    /// <summary>The text that failed to resolve.</summary>
    public string? Input { get; }

    /// <summary>The closest known name or code, when one is close enough to be useful.</summary>
    public string? Suggestion { get; }

    /// <summary>A message naming the value and, where possible, what was probably meant.</summary>
    public string ErrorMessage => Success
        ? string.Empty
        : Suggestion is null ? $"unknown country '{Input}'" : $"unknown country '{Input}' (did you mean '{Suggestion}'?)";

    /// <summary>The country, or throws with <see cref="ErrorMessage"/>.</summary>
    /// <exception cref="ArgumentException">The input is not a known country.</exception>
    public Country GetValueOrThrow() => Success ? Country : throw new ArgumentException(ErrorMessage);
}
