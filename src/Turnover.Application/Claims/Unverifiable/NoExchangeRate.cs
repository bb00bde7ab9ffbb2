using Turnover.Core;

namespace Turnover.Application;

/// <summary>The loaded exchange rates miss a month of the claim's period: the amount is not converted (a rate is never guessed).</summary>
/// <param name="Currency">The stated amount's currency.</param>
/// <param name="Month">The first month of the period without a rate.</param>
/// <param name="RatesFile">The file the rates were read from; null when unknown.</param>
public sealed record NoExchangeRate(Currency Currency, Period Month, string? RatesFile) : UnverifiableReason;
