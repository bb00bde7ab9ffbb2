namespace Turnover.Core;

/// <summary>Two countries whose trade with each other is asked about, in both directions and from both sides.</summary>
/// <param name="A">One country.</param>
/// <param name="B">The other (may be <paramref name="A"/> for a country's trade with itself as some files list it).</param>
public readonly record struct CountryPair(Country A, Country B)
{
    /// <inheritdoc />
    public override string ToString() => $"{A}–{B}";
}
