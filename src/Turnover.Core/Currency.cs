namespace Turnover.Core;

/// <summary>An ISO 4217 currency code such as USD or CNY.</summary>
public readonly record struct Currency
{
    /// <summary>US dollar, the currency every stored value is normalised to.</summary>
    public static readonly Currency Usd = new("USD");

    /// <summary>Creates a currency from a three-letter ISO 4217 code.</summary>
    /// <exception cref="ArgumentException">The code is not three ASCII letters.</exception>
    public Currency(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 3 || !code.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"Currency code '{code}' should be three letters (ISO 4217).", nameof(code));
        }

        Code = code.ToUpperInvariant();
    }

    /// <summary>The upper-case three-letter code.</summary>
    public string Code { get; }

    /// <inheritdoc />
    public override string ToString() => Code;
}
