using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A stated amount in another currency converted to US dollars with the loaded rates of its period, at the
/// <see cref="CurrencyConversion.Method"/>.
/// </summary>
/// <param name="Amount">The amount as stated, in its currency.</param>
/// <param name="Period">The period whose rates converted it.</param>
/// <param name="RatesFile">The file the rates were read from; null when unknown.</param>
public sealed record StatedConversion(Money Amount, Period Period, string? RatesFile);
