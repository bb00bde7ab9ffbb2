using Turnover.Core;

namespace Turnover.Application;

/// <summary>The amount is in another currency than US dollars and no exchange rates are loaded to convert it.</summary>
/// <param name="Currency">The stated amount's currency.</param>
public sealed record NoExchangeRates(Currency Currency) : UnverifiableReason;
