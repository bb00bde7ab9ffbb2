using Turnover.Core;

namespace Turnover.Application;

/// <summary>The loaded exchange rates miss a month of the claim's period: the amount is not converted (a rate is never guessed).</summary>
/// <param name="Currency">The stated amount's currency.</param>
/// <param name="Month">The first month of the period without a rate.</param>
/// <param name="RatesFile">The file the rates were read from; null when unknown.</param>
/// <param name="RatesFrom">The first month with a rate of the currency; null when there is none.</param>
/// <param name="RatesThrough">The last month with a rate of the currency; null when there is none.</param>
public sealed record NoExchangeRate(Currency Currency, Period Month, string? RatesFile, Period? RatesFrom = null, Period? RatesThrough = null) : UnverifiableReason
{
    /// <summary>Where the table holds no rate of the currency at all: the currencies it does hold.</summary>
    public IReadOnlyList<Currency> Held { get; init; } = [];
}
